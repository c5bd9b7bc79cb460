'use client';
// One card, prompt side and answer side, for every kind: basic, cloze, multiple choice, typed, diagram,
// true/false and order.
import dynamic from 'next/dynamic';
import { memo, useMemo, useState } from 'react';

import { clozeBack, clozeFront } from '@/lib/decks/answers';
import type { CardRow } from '@/lib/db';

import { CardSource } from '../card-source';
import { CardContent } from '../card-content';
import { OtherVersions } from '../other-versions';
import { OrderSteps } from './order-steps';
import { sessionShuffle } from './step-order';
import { TrueFalseAnswer } from './true-false-answer';
import { TypedAnswer } from './typed-answer';

// Diagram cards bring their own code and picture, loaded when the first one shows.
const DiagramFace = dynamic(() => import('./diagram-face').then((m) => m.DiagramFace), {
  ssr: false,
  loading: () => <p className="muted">Loading the diagram…</p>,
});

/** How the learner's own answer went: right, wrong, close (a typed answer off only in case), or none. */
export type Outcome = 'right' | 'close' | 'wrong' | null;

interface Props {
  card: CardRow;
  revealed: boolean;
  /** Called when the learner answers by tapping an option or checking a typed answer. */
  onAnswered: (outcome: Outcome) => void;
  /** The study session's seed: a choice or order card shows the same shuffle all session. */
  seed?: number;
}

/** Memoised: the session's other changes (counts, busy, the answer's write) do not re-render the card. */
export const CardFace = memo(function CardFace({ card, revealed, onAnswered, seed = 0 }: Props) {
  const choices = useMemo(() => (card.choices ? sessionShuffle(card.choices, card.id, seed) : []), [card, seed]);
  const [picked, setPicked] = useState<number | null>(null);

  const prompt = card.kind === 'cloze' ? clozeFront(card.prompt) : card.prompt;

  return (
    <article className="card study-card" aria-label="Card">
      {!(card.kind === 'cloze' && revealed) && <CardContent html={card.html?.prompt} markdown={prompt} />}

      {card.kind === 'choice' && (
        <ul className="choices" aria-label="Options">
          {choices.map((c, i) => {
            const state = revealed ? (c.correct ? 'right' : picked === i ? 'wrong' : '') : '';
            return (
              <li key={c.text}>
                <button
                  type="button"
                  className={`btn choice ${state}`}
                  disabled={revealed}
                  aria-pressed={picked === i}
                  onClick={() => {
                    setPicked(i);
                    onAnswered(c.correct ? 'right' : 'wrong');
                  }}
                >
                  <CardContent html={c.html} markdown={c.text} inline />
                  {state === 'right' && <span className="sr-only"> (right answer)</span>}
                  {state === 'wrong' && <span className="sr-only"> (your answer, wrong)</span>}
                </button>
              </li>
            );
          })}
        </ul>
      )}

      {card.kind === 'diagram' && <DiagramFace card={card} revealed={revealed} onAnswered={onAnswered} />}

      {card.kind === 'truefalse' && card.truth !== undefined && (
        <TrueFalseAnswer truth={card.truth} revealed={revealed} onAnswered={onAnswered} />
      )}

      {card.kind === 'order' && card.steps && (
        <OrderSteps cardId={card.id} steps={card.steps} seed={seed} revealed={revealed} onAnswered={onAnswered} />
      )}

      {card.kind === 'typed' && <TypedAnswer accept={card.accept ?? []} revealed={revealed} onAnswered={onAnswered} />}

      {revealed && (
        <section aria-label="Answer">
          {card.kind !== 'cloze' && <hr className="divider" />}
          {card.kind === 'cloze' ? <CardContent html={card.html?.back} markdown={clozeBack(card.prompt)} /> : null}
          {card.answer && (card.kind === 'cloze' ? <hr className="divider" /> : null)}
          {card.answer && <CardContent html={card.html?.answer} markdown={card.answer} />}
          <CardSource card={card} />
          {card.variants && <OtherVersions ids={card.variants} />}
        </section>
      )}
    </article>
  );
});
