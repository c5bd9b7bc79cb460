'use client';
// Steps put in order with named Move up / Move down buttons: touch, keyboard and screen readers alike,
// no dragging needed. Focus stays with the step moved, and each move is announced ("… is now step 2 of
// 5"). One list for the study screen's order cards and the quiz's order questions.
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

import { moveStep } from './study/step-order';

/** A step's text for a button's name: plain, short. */
export function stepName(text: string): string {
  const plain = text.replace(/[`*_]/g, '').replace(/\s+/g, ' ').trim();
  return plain.length > 60 ? `${plain.slice(0, 59)}…` : plain;
}

interface Props {
  /** Each step's text (Markdown), by step index: names the buttons and the announcements. */
  texts: readonly string[];
  /** Step indexes in the order shown. */
  order: readonly number[];
  onOrder: (order: number[]) => void;
  /** How a step shows in its row. */
  renderStep: (step: number) => ReactNode;
  disabled?: boolean;
}

export function MovableSteps({ texts, order, onOrder, renderStep, disabled = false }: Props) {
  const [said, setSaid] = useState('');
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const focusNext = useRef<string | null>(null);

  useLayoutEffect(() => {
    if (focusNext.current) buttons.current.get(focusNext.current)?.focus();
    focusNext.current = null;
  }, [order]);

  const move = (position: number, by: -1 | 1) => {
    const to = position + by;
    const step = order[position] as number;
    // Focus stays with the step moved; at an end, on its other button (this one is then disabled).
    const atEnd = to === 0 || to === order.length - 1;
    focusNext.current = `${step}:${atEnd ? (by === -1 ? 'down' : 'up') : by === -1 ? 'up' : 'down'}`;
    onOrder(moveStep(order, position, by));
    setSaid(`“${stepName(texts[step] ?? '')}” is now step ${to + 1} of ${order.length}.`);
  };
  const ref = (key: string) => (el: HTMLButtonElement | null) => {
    if (el) buttons.current.set(key, el);
    else buttons.current.delete(key);
  };

  return (
    <>
      <ol className="order-steps">
        {order.map((step, position) => {
          const name = stepName(texts[step] ?? '');
          return (
            <li key={step} className="order-step">
              {renderStep(step)}
              <span className="order-moves">
                <button
                  type="button"
                  className="btn btn-small order-move"
                  ref={ref(`${step}:up`)}
                  aria-label={`Move “${name}” up`}
                  disabled={disabled || position === 0}
                  onClick={() => move(position, -1)}
                >
                  <span aria-hidden="true">↑</span>
                </button>
                <button
                  type="button"
                  className="btn btn-small order-move"
                  ref={ref(`${step}:down`)}
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
    </>
  );
}
