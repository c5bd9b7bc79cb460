// The parts of a question every quiz screen shows: where we are, the prompt, and the options with
// the letter badges that tie a phone's buttons to the same options on the projector.
import dynamic from 'next/dynamic';
import type { ReactNode } from 'react';

import { Markdown } from '../../markdown';
import styles from './quiz.module.css';

const LETTERS = 'ABCDEFGH';

/** A diagram question's picture, loaded with its code when a diagram question comes up. */
export const QuestionPicture = dynamic(() => import('./question-picture').then((m) => m.QuestionPicture), { ssr: false });

export function OptionLetter({ index }: { index: number }) {
  return (
    <span className={`${styles.letter} ${styles[`letter${index % LETTERS.length}`]}`} aria-hidden="true">
      {LETTERS[index % LETTERS.length]}
    </span>
  );
}

export function QuestionHeading({ id, index, total, prompt }: { id: string; index: number; total: number; prompt: string }) {
  return (
    <>
      <p className={styles.meta}>
        Question {index + 1} of {total}
      </p>
      <h2 id={id} className={styles.prompt}>
        <Markdown text={prompt} inline />
      </h2>
    </>
  );
}

interface OptionListProps {
  options: string[];
  /** The right option, once revealed. */
  correct?: number | null;
  /** How many chose each option, once revealed. */
  counts?: number[] | null;
  label?: string;
}

/** Options to read (host screen, projector, reveal), not to tap. */
export function OptionList({ options, correct = null, counts = null, label = 'Options' }: OptionListProps) {
  return (
    <ol className={styles.options} aria-label={label}>
      {options.map((text, i) => {
        const right = correct === i;
        return (
          <li key={text} className={`${styles.option}${right ? ` ${styles.right}` : ''}`}>
            <OptionLetter index={i} />
            <span className={styles.optionText}>
              <Markdown text={text} inline />
              {right && <span className={styles.tag}>✓ right answer</span>}
            </span>
            {counts && (
              <span className={styles.count}>
                {counts[i] ?? 0}
                <span className="sr-only"> chose this</span>
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}

/** A question's options, with its picture beside them on a wide screen (a projector) when it has one. */
export function Pictured({ picture, children }: { picture: ReactNode; children: ReactNode }) {
  if (!picture) return children;
  return (
    <div className={styles.pictured}>
      {picture}
      <div className="stack">{children}</div>
    </div>
  );
}
