// A question on a shared screen (the live host's projector, projector mode, the reveal on one device):
// the options or steps to read, and once revealed the right answer with how the room answered. Choice
// and true/false: the options with the right one marked and how many chose each. Typed: the accepted
// commands and the answers given, grouped after normalising. Order: the right order, and how many put
// each step in its place.
import type { QuestionKind, TypedGroup } from '@/lib/quiz/types';

import { Markdown } from '../../markdown';
import { RightAnswer } from './answer-inputs';
import { OptionList } from './question-view';
import styles from './quiz.module.css';

export interface BoardReveal {
  correct: number;
  /** How many chose each option (order: put it in its place); null where the screen cannot know. */
  counts: number[] | null;
  accept?: string[];
  order?: number[];
  typed?: TypedGroup[] | null;
}

interface Props {
  kind: QuestionKind;
  options: string[];
  reveal: BoardReveal | null;
}

/** The typed answers given, most frequent first, each marked right or wrong in signs and words. */
export function TypedAnswers({ groups }: { groups: TypedGroup[] }) {
  if (groups.length === 0) return <p className="muted flush">Nobody typed an answer.</p>;
  return (
    <ol className={styles.options} aria-label="Answers given">
      {groups.map((g) => (
        <li key={g.text} className={`${styles.option} ${g.right ? styles.right : styles.wrong}`}>
          <span aria-hidden="true">{g.right ? '✓' : '✗'}</span>
          <span className={styles.optionText}>
            <code>{g.text}</code>
            <span className="sr-only">{g.right ? ' right' : ' wrong'}</span>
          </span>
          <span className={styles.count}>
            {g.count}
            <span className="sr-only"> typed this</span>
          </span>
        </li>
      ))}
    </ol>
  );
}

function RightOrder({ options, order, counts }: { options: string[]; order: number[]; counts: number[] | null }) {
  return (
    <ol className="order-steps" aria-label="The right order">
      {order.map((i) => (
        <li key={i} className="order-step">
          <Markdown text={options[i] ?? ''} inline />
          {counts && (
            <span className={styles.count}>
              {counts[i] ?? 0}
              <span className="sr-only"> put it here</span>
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}

export function QuestionBoard({ kind, options, reveal }: Props) {
  if (kind === 'typed') {
    if (!reveal) return null;
    return (
      <>
        <RightAnswer kind="typed" options={[]} {...(reveal.accept ? { accept: reveal.accept } : {})} />
        {reveal.typed && <TypedAnswers groups={reveal.typed} />}
      </>
    );
  }
  if (kind === 'order') {
    if (reveal?.order) return <RightOrder options={options} order={reveal.order} counts={reveal.counts} />;
    return <OptionList options={options} label="Steps, shuffled" />;
  }
  return <OptionList options={options} correct={reveal?.correct ?? null} counts={reveal?.counts ?? null} />;
}
