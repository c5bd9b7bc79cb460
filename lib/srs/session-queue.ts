// The next card of a session over several decks (Study all, or a chosen set), Anki's parent-deck
// semantics: each deck gives at most what its own limits leave, and the session as a whole at most
// what the overall limits leave. Which deck gives the next review or new card follows the learner's
// deck order; new cards are mixed among reviews as in one deck (pickNext does that part).
import { chooseDeck, type DeckOrder } from './study-order';
import { pickNext, queueCounts, remainingToday, type DoneToday, type QueueCounts, type QueueHead, type QueueRow } from './queue';
import type { DailyLimits } from './types';

export interface DeckHeads<T extends QueueRow> {
  learning: QueueHead<T>;
  reviews: QueueHead<T>;
  news: QueueHead<T>;
  limits: DailyLimits;
  doneToday: DoneToday;
}

export interface SessionQueueInput<T extends QueueRow> {
  now: number;
  /** In deck order. */
  decks: DeckHeads<T>[];
  overall: DailyLimits;
  /** Today's answers across every deck, which the overall limits count. */
  overallDone: DoneToday;
  order: DeckOrder;
  /** Seeds the random deck order: the study day, so the order holds all day. */
  seed: string;
}

/** Each deck's counts under its own limits. */
const perDeck = <T extends QueueRow>(input: SessionQueueInput<T>): QueueCounts[] =>
  input.decks.map((d) => queueCounts({ now: input.now, ...d }));

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

export const sessionCounts = <T extends QueueRow>(input: SessionQueueInput<T>): QueueCounts =>
  combineCounts(perDeck(input), input.overall, input.overallDone);

/** A session's counts from each deck's own (already under its limits) and the overall limits. */
export function combineCounts(counts: readonly QueueCounts[], overall: DailyLimits, overallDone: DoneToday): QueueCounts {
  const { newLeft, reviewLeft } = remainingToday(overall, overallDone);
  return {
    newCount: Math.min(newLeft, sum(counts.map((c) => c.newCount))),
    learningCount: sum(counts.map((c) => c.learningCount)),
    reviewCount: Math.min(reviewLeft, sum(counts.map((c) => c.reviewCount))),
  };
}

/**
 * Which deck gives the next review and which the next new card (-1: none), from the counts alone: a
 * store reads each deck's queue sizes first and fetches only these decks' first rows.
 */
export function chooseAcross<T extends QueueRow>(input: SessionQueueInput<T>): { reviewDeck: number; newDeck: number } {
  const counts = perDeck(input);
  return {
    reviewDeck: chooseDeck(
      counts.map((c) => c.reviewCount),
      input.order,
      input.overallDone.reviewCount,
      `${input.seed}:review`,
    ),
    newDeck: chooseDeck(
      counts.map((c) => c.newCount),
      input.order,
      input.overallDone.newCount,
      `${input.seed}:new`,
    ),
  };
}

export function pickAcross<T extends QueueRow>(input: SessionQueueInput<T>): T | null {
  const total = sessionCounts(input);
  let learning: T | undefined;
  for (const d of input.decks) {
    const first = d.learning.first;
    if (first && (!learning || first.due < learning.due)) learning = first;
  }
  const { reviewDeck, newDeck } = chooseAcross(input);
  // The whole session as one queue, its heads taken from the chosen decks.
  return pickNext({
    now: input.now,
    learning: { first: learning, size: total.learningCount },
    reviews: { first: reviewDeck >= 0 ? input.decks[reviewDeck].reviews.first : undefined, size: total.reviewCount },
    news: { first: newDeck >= 0 ? input.decks[newDeck].news.first : undefined, size: total.newCount },
    limits: input.overall,
    doneToday: input.overallDone,
  });
}
