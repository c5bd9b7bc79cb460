'use client';
// Answering a question on the device in hand: one button per option (choice and true/false), a typed
// command in a field that neither
// autocorrects nor capitalises, and steps moved with named Move up / Move down buttons (movable-steps.tsx,
// the same list as the study screen's order cards), then one button to send.
import { useState } from 'react';

import { Markdown } from '../../markdown';
import { MovableSteps } from '../../movable-steps';
import { OptionLetter } from './question-view';
import styles from './quiz.module.css';

/** A choice or true/false question's options as buttons, each with its letter; a tap answers. */
export function ChoiceAnswer({ options, label, onChoose }: { options: string[]; label: string; onChoose: (option: number) => void }) {
  return (
    <div className={styles.options} role="group" aria-label={label}>
      {options.map((text, i) => (
        <button key={text} type="button" className={styles.option} onClick={() => onChoose(i)}>
          <OptionLetter index={i} />
          <span className={styles.optionText}>
            <Markdown text={text} inline />
          </span>
        </button>
      ))}
    </div>
  );
}

export function TypedAnswer({ disabled, onSubmit }: { disabled: boolean; onSubmit: (text: string) => void }) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <form
      className="stack"
      aria-label="Your answer"
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim() === '') return setProblem('Type the command first.');
        setProblem(null);
        onSubmit(text.trim());
      }}
    >
      <div className="field">
        <label htmlFor="typed-answer">Your command</label>
        <input
          id="typed-answer"
          className={styles.command}
          autoComplete="off"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          enterKeyHint="send"
          maxLength={300}
          disabled={disabled}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <span className="hint">Flag order, quoting and aliases such as ls/list do not matter.</span>
      </div>
      {problem && (
        <p className="error-text flush" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" className="btn btn-primary" disabled={disabled}>
        Submit answer
      </button>
    </form>
  );
}

export function OrderAnswer({
  options,
  disabled,
  onSubmit,
}: {
  options: string[];
  disabled: boolean;
  onSubmit: (order: number[]) => void;
}) {
  const [order, setOrder] = useState(() => options.map((_, i) => i));
  return (
    <section aria-label="Steps to put in order" className="stack">
      <MovableSteps
        texts={options}
        order={order}
        onOrder={setOrder}
        disabled={disabled}
        renderStep={(step) => <Markdown text={options[step] ?? ''} inline />}
      />
      <button type="button" className="btn btn-primary" disabled={disabled} onClick={() => onSubmit(order)}>
        Submit order
      </button>
    </section>
  );
}

/** The right answer of a revealed typed or order question, and how the player's went. */
export function RightAnswer({ kind, options, accept, order }: { kind: string; options: string[]; accept?: string[]; order?: number[] }) {
  if (kind === 'typed' && accept && accept.length > 0) {
    return (
      <p className="flush">
        The answer: <code>{accept[0]}</code>
        {accept.length > 1 && (
          <>
            {' '}
            (also accepted:{' '}
            {accept.slice(1).map((a, i) => (
              <span key={a}>
                {i > 0 && ', '}
                <code>{a}</code>
              </span>
            ))}
            )
          </>
        )}
      </p>
    );
  }
  if (kind === 'order' && order) {
    return (
      <>
        <p className="flush muted">The right order:</p>
        <ol className="order-steps">
          {order.map((i) => (
            <li key={i} className="order-step">
              <Markdown text={options[i] ?? ''} inline />
            </li>
          ))}
        </ol>
      </>
    );
  }
  return null;
}
