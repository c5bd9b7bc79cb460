'use client';
// An order card's steps: shown shuffled (the same shuffle for a card all session), put in order with
// Move up / Move down buttons (movable-steps.tsx, the same list as the quiz's order questions), then
// Check marks each step right or where it belongs, in words and signs as well as colour, and suggests
// a rating. Show answer without checking shows the right order.
import { useLayoutEffect, useMemo, useRef, useState } from 'react';

import type { OrderStep } from '@/lib/decks/types';

import { CardContent } from '../card-content';
import { MovableSteps } from '../movable-steps';
import type { Outcome } from './card-face';
import { inPlace, orderOutcome, startingOrder } from './step-order';

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

export function OrderSteps({ cardId, steps, seed, revealed, onAnswered }: Props) {
  const start = useMemo(() => startingOrder(steps.length, cardId, seed), [steps.length, cardId, seed]);
  const [order, setOrder] = useState(start);
  const [checked, setChecked] = useState(false);
  const verdict = useRef<HTMLParagraphElement>(null);
  const texts = useMemo(() => steps.map((s) => s.text), [steps]);
  // After Check the buttons are gone: focus goes to the verdict, so it is read and the rating keys work.
  useLayoutEffect(() => {
    if (revealed && checked) verdict.current?.focus({ preventScroll: true });
  }, [revealed, checked]);

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
      <MovableSteps texts={texts} order={order} onOrder={setOrder} renderStep={(step) => <StepText step={steps[step]} />} />
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
