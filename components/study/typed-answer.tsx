'use client';
// A typed card's answer field: focused when the card appears; after Check, what was typed beside the
// expected answer with the differences marked (Anki's type-in comparison), and focus leaves the field so
// Space and 1–4 rate. The learner still rates as they judge.
import { useEffect, useRef, useState, type FormEvent } from 'react';

import { compareTyped, type DiffSegment, type TypedComparison } from '@/lib/decks/typed-compare';

import type { Outcome } from './card-face';

const VERDICT: Record<TypedComparison['result'], string> = {
  right: 'Right.',
  'case-only': 'Only the case differs: commands, variables and config keys are case-sensitive.',
  wrong: 'Not quite.',
  empty: '',
};

function Marked({ segments }: { segments: DiffSegment[] }) {
  return (
    <code className="typed-diff">
      {segments.map((s, i) =>
        s.kind === 'same' ? (
          <span key={i}>{s.text}</span>
        ) : s.kind === 'extra' ? (
          <del key={i} className="typed-extra">
            {s.text}
          </del>
        ) : (
          <ins key={i} className="typed-missing">
            {s.text}
          </ins>
        ),
      )}
    </code>
  );
}

interface Props {
  accept: readonly string[];
  revealed: boolean;
  onAnswered: (outcome: Outcome) => void;
}

export function TypedAnswer({ accept, revealed, onAnswered }: Props) {
  const [typed, setTyped] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const result = useRef<HTMLDivElement>(null);
  const comparison = revealed && typed.trim() !== '' ? compareTyped(typed, accept) : null;

  useEffect(() => {
    if (!revealed) input.current?.focus({ preventScroll: true });
  }, [revealed]);
  useEffect(() => {
    if (revealed) result.current?.focus({ preventScroll: true });
  }, [revealed]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const { result: verdict } = compareTyped(typed, accept);
    onAnswered(verdict === 'empty' ? null : verdict === 'right' ? 'right' : verdict === 'case-only' ? 'close' : 'wrong');
  };

  return (
    <form className="field typed-answer" onSubmit={submit}>
      <label htmlFor="typed-answer">Your answer</label>
      <input
        id="typed-answer"
        ref={input}
        value={typed}
        onChange={(e) => setTyped(e.target.value)}
        readOnly={revealed}
        aria-describedby="typed-hint"
        autoComplete="off"
        autoCapitalize="off"
        autoCorrect="off"
        spellCheck={false}
      />
      <small id="typed-hint" className="muted">
        Case matters, as in a shell or a config file.
      </small>
      {!revealed && (
        <button type="submit" className="btn btn-small self-start">
          Check
        </button>
      )}
      {/* Focus lands here after Check so the rating keys work; it is announced as a status. */}
      <div ref={result} tabIndex={-1} className="typed-result" role="status">
        {comparison && (
          <>
            <p className={`flush ${comparison.result === 'right' ? '' : 'error-text'}`}>
              {VERDICT[comparison.result]}
              {comparison.sameCommand && (
                <>
                  {' '}
                  The same command as <code>{comparison.expected}</code> (flag order, aliases and quoting do not matter).
                </>
              )}
            </p>
            {comparison.result !== 'right' && (
              <dl className="typed-compare flush">
                <dt>You typed</dt>
                <dd>
                  <Marked segments={comparison.givenSegments} />
                </dd>
                <dt>Expected</dt>
                <dd>
                  <Marked segments={comparison.expectedSegments} />
                </dd>
              </dl>
            )}
          </>
        )}
      </div>
    </form>
  );
}
