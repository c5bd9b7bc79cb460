'use client';
// A true/false card's two answers. A tap answers and turns the card: the right answer is marked (a sign
// and words, not colour alone), a wrong tap too, and the rating is suggested as for a multiple choice.
import { useState } from 'react';

import type { Outcome } from './card-face';

interface Props {
  truth: boolean;
  revealed: boolean;
  onAnswered: (outcome: Outcome) => void;
}

const ANSWERS = [
  { value: true, name: 'True' },
  { value: false, name: 'False' },
] as const;

export function TrueFalseAnswer({ truth, revealed, onAnswered }: Props) {
  const [picked, setPicked] = useState<boolean | null>(null);
  return (
    <div className="stack">
      <div className="true-false" role="group" aria-label="Is the statement true?">
        {ANSWERS.map(({ value, name }) => {
          const state = revealed ? (value === truth ? 'right' : picked === value ? 'wrong' : '') : '';
          return (
            <button
              key={name}
              type="button"
              className={`btn choice ${state}`}
              disabled={revealed}
              aria-pressed={picked === value}
              onClick={() => {
                setPicked(value);
                onAnswered(value === truth ? 'right' : 'wrong');
              }}
            >
              {state && (
                <span className="mark-sign" aria-hidden="true">
                  {state === 'right' ? '✓' : '✗'}
                </span>
              )}
              {name}
              {state === 'right' && <span className="sr-only"> (right answer)</span>}
              {state === 'wrong' && <span className="sr-only"> (your answer, wrong)</span>}
            </button>
          );
        })}
      </div>
      {revealed && (
        <p className={`flush ${picked !== null && picked !== truth ? 'error-text' : ''}`} role="status">
          {picked === null ? 'The' : picked === truth ? 'Right: the' : 'Not quite: the'} statement is{' '}
          <strong>{truth ? 'true' : 'false'}</strong>.
        </p>
      )}
    </div>
  );
}
