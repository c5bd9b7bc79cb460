// Pure helpers of the study screen's shuffles and of an order card: the shuffled order it starts from
// (the same for a card all session long), a move, and how the learner's order went.
import { seededRandom, shuffle } from '@/lib/quiz/random';

import type { Outcome } from './card-face';

/** FNV-1a over a string: a seed from a card id and the session. */
function seedOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A card's items (a choice card's options) shuffled the same way all session: Undo brings the card back as it was. */
export function sessionShuffle<T>(items: readonly T[], cardId: string, sessionSeed: number): T[] {
  return shuffle(items, seededRandom(seedOf(`${sessionSeed}:${cardId}`)));
}

/** Step indexes in the order a card first shows them: shuffled, stable per card and session, never already right. */
export function startingOrder(count: number, cardId: string, sessionSeed: number): number[] {
  const right = Array.from({ length: count }, (_, i) => i);
  if (count < 2) return right;
  const order = sessionShuffle(right, cardId, sessionSeed);
  // Already right would give the answer away: rotate by one instead.
  return order.every((v, i) => v === i) ? [...order.slice(1), order[0]] : order;
}

/** The order with the step at `from` moved one place up (-1) or down (+1); unchanged at an end. */
export function moveStep(order: readonly number[], from: number, by: -1 | 1): number[] {
  const to = from + by;
  if (to < 0 || to >= order.length) return [...order];
  const next = [...order];
  [next[from], next[to]] = [next[to], next[from]];
  return next;
}

/** How many steps stand where they belong. */
export function inPlace(order: readonly number[]): number {
  return order.filter((v, i) => v === i).length;
}

/** All in place: right. One pair swapped (all but two in place): close, Hard suggested. Else wrong. */
export function orderOutcome(order: readonly number[]): Outcome {
  const placed = inPlace(order);
  if (placed === order.length) return 'right';
  return placed === order.length - 2 ? 'close' : 'wrong';
}
