'use client';
// An order card's steps: shown shuffled (the same shuffle for a card all session), put in order with
// Move up / Move down buttons (touch, keyboard and screen readers alike; no dragging needed), then
// Check marks each step right or where it belongs, in words and signs as well as colour, and suggests
// a rating. Show answer without checking shows the right order.
import { useLayoutEffect, useMemo, useRef, useState } from 'react';

import type { OrderStep } from '@/lib/decks/types';

import { CardContent } from '../card-content';
import type { Outcome } from './card-face';
import { inPlace, moveStep, orderOutcome, startingOrder } from './step-order';

interface Props {
  cardId: string;
  steps: OrderStep[];
  /** The study session's seed: the shuffle is stable per card within a session. */
  seed: number;
  revealed: boolean;
  onAnswered: (outcome: Outcome) => void;
}

function StepText({ step }: { step: OrderStep }) {
  return <CardContent html={step.html} markdown={step.text} inline />;
}

function RightOrder({ steps }: { steps: OrderStep[] }) {
  return (
    <>
      <p className="flush muted">The right order:</p>
      <ol className="order-steps">
        {steps.map((s) => (
          <li key={s.text} className="order-step">
            <StepText step={s} />
          </li>
        ))}
      </ol>
    </>
  );
}

/** A step's text for a button's name: plain, short. */
function nameOf(step: OrderStep): string {
  const plain = step.text.replace(/[`*_]/g, '').replace(/\s+/g, ' ').trim();
  return plain.length > 60 ? `${plain.slice(0, 59)}…` : plain;
}

export function OrderSteps({ cardId, steps, seed, revealed, onAnswered }: Props) {
  const start = useMemo(() => startingOrder(steps.length, cardId, seed), [steps.length, cardId, seed]);
  const [order, setOrder] = useState(start);
  const [checked, setChecked] = useState(false);
  const [said, setSaid] = useState('');
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const focusNext = useRef<string | null>(null);
  const verdict = useRef<HTMLParagraphElement>(null);

  useLayoutEffect(() => {
    if (focusNext.current) buttons.current.get(focusNext.current)?.focus();
    focusNext.current = null;
  }, [order]);
  // After Check the buttons are gone: focus goes to the verdict, so it is read and the rating keys work.
  useLayoutEffect(() => {
    if (revealed && checked) verdict.current?.focus({ preventScroll: true });
  }, [revealed, checked]);

  const move = (position: number, by: -1 | 1) => {
    const next = moveStep(order, position, by);
    const to = position + by;
    const step = order[position];
    // Focus stays with the step moved; at an end, on its other button (this one is then disabled).
    const atEnd = to === 0 || to === order.length - 1;
    focusNext.current = `${step}:${atEnd ? (by === -1 ? 'down' : 'up') : by === -1 ? 'up' : 'down'}`;
    setOrder(next);
    setSaid(`“${nameOf(steps[step])}” is now step ${to + 1} of ${order.length}.`);
  };

  const ref = (key: string) => (el: HTMLButtonElement | null) => {
    if (el) buttons.current.set(key, el);
    else buttons.current.delete(key);
  };

  if (revealed && !checked) {
    return (
      <section aria-label="The right order" className="stack order-card">
        <RightOrder steps={steps} />
      </section>
    );
  }

  if (revealed) {
    const placed = inPlace(order);
    return (
      <section aria-label="Your order, checked" className="stack order-card">
        <p ref={verdict} tabIndex={-1} className={`flush ${placed === order.length ? '' : 'error-text'}`} role="status">
          {placed === order.length
            ? `Right: all ${order.length} steps in order.`
            : `${placed} of ${order.length} steps in the right place.`}
        </p>
        <ol className="order-steps">
          {order.map((step, position) => {
            const right = step === position;
            return (
              <li key={steps[step].text} className={`order-step ${right ? 'right' : 'wrong'}`}>
                <span className="mark-sign" aria-hidden="true">
                  {right ? '✓' : '✗'}
                </span>
                <StepText step={steps[step]} />
                <span className={right ? 'sr-only' : 'order-where'}>{right ? '(right place)' : `(belongs at ${step + 1})`}</span>
              </li>
            );
          })}
        </ol>
        {placed < order.length && (
          <>
            <RightOrder steps={steps} />
          </>
        )}
      </section>
    );
  }

  return (
    <section aria-label="Steps to put in order" className="stack order-card">
      <ol className="order-steps">
        {order.map((step, position) => {
          const name = nameOf(steps[step]);
          return (
            <li key={steps[step].text} className="order-step">
              <StepText step={steps[step]} />
              <span className="order-moves">
                <button
                  type="button"
                  className="btn btn-small order-move"
                  ref={ref(`${step}:up`)}
                  aria-label={`Move “${name}” up`}
                  disabled={position === 0}
                  onClick={() => move(position, -1)}
                >
                  <span aria-hidden="true">↑</span>
                </button>
                <button
                  type="button"
                  className="btn btn-small order-move"
                  ref={ref(`${step}:down`)}
                  aria-label={`Move “${name}” down`}
                  disabled={position === order.length - 1}
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
      <button
        type="button"
        className="btn btn-small self-start"
        onClick={() => {
          setChecked(true);
          onAnswered(orderOutcome(order));
        }}
      >
        Check
      </button>
    </section>
  );
}
