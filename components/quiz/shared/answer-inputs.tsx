'use client';
// Answering a typed-command or an order-the-steps question on a phone: a command field that neither
// autocorrects nor capitalises, and steps moved with named Move up / Move down buttons (touch, keyboard
// and screen readers alike; no dragging needed), then one button to send.
import { useLayoutEffect, useRef, useState } from 'react';

import { Markdown } from '../../markdown';
import { moveStep } from '../../study/step-order';
import styles from './quiz.module.css';

/** A step's text for a button's name: plain, short. */
function nameOf(text: string): string {
  const plain = text.replace(/[`*_]/g, '').replace(/\s+/g, ' ').trim();
  return plain.length > 60 ? `${plain.slice(0, 59)}…` : plain;
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
  const [said, setSaid] = useState('');
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const focusNext = useRef<string | null>(null);

  useLayoutEffect(() => {
    if (focusNext.current) buttons.current.get(focusNext.current)?.focus();
    focusNext.current = null;
  }, [order]);

  const move = (position: number, by: -1 | 1) => {
    const to = position + by;
    const option = order[position] as number;
    const atEnd = to === 0 || to === order.length - 1;
    // Focus stays with the step moved; at an end, on its other button (this one is then disabled).
    focusNext.current = `${option}:${atEnd ? (by === -1 ? 'down' : 'up') : by === -1 ? 'up' : 'down'}`;
    setOrder(moveStep(order, position, by));
    setSaid(`“${nameOf(options[option] ?? '')}” is now step ${to + 1} of ${order.length}.`);
  };
  const ref = (key: string) => (el: HTMLButtonElement | null) => {
    if (el) buttons.current.set(key, el);
    else buttons.current.delete(key);
  };

  return (
    <section aria-label="Steps to put in order" className="stack">
      <ol className="order-steps">
        {order.map((option, position) => {
          const text = options[option] ?? '';
          const name = nameOf(text);
          return (
            <li key={text} className="order-step">
              <Markdown text={text} inline />
              <span className="order-moves">
                <button
                  type="button"
                  className="btn btn-small order-move"
                  ref={ref(`${option}:up`)}
                  aria-label={`Move “${name}” up`}
                  disabled={disabled || position === 0}
                  onClick={() => move(position, -1)}
                >
                  <span aria-hidden="true">↑</span>
                </button>
                <button
                  type="button"
                  className="btn btn-small order-move"
                  ref={ref(`${option}:down`)}
                  aria-label={`Move “${name}” down`}
                  disabled={disabled || position === order.length - 1}
                  onClick={() => move(position, 1)}
                >
                  <span aria-hidden="true">↓</span>
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <p className="sr-only" role="status">
        {said}
      </p>
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
