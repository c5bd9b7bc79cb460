// Which card comes next: learning cards when their step is due, then reviews by due date with new
// cards interleaved evenly, within the day's limits. Pure: the store hands in candidate rows.
import type { DailyLimits } from './types';

/** Anki's default: when nothing else is left, show a learning card up to 20 minutes early. */
export const LEARN_AHEAD_MS = 20 * 60_000;

export interface QueueRow {
  cardId: string;
  due: number;
}

export interface DoneToday {
  newCount: number;
  reviewCount: number;
}

export interface QueueInput<T extends QueueRow> {
  now: number;
  /** Learning and relearning cards due before the next study day, earliest first. */
  learning: T[];
  /** Review cards due before the next study day, earliest first. */
  reviews: T[];
  /** New cards in deck order. */
  news: T[];
  limits: DailyLimits;
  doneToday: DoneToday;
}

export interface QueueCounts {
  newCount: number;
  learningCount: number;
  reviewCount: number;
}

/** How many new and review cards the limits still allow today. */
export function remainingToday(limits: DailyLimits, done: DoneToday): { newLeft: number; reviewLeft: number } {
  return {
    newLeft: Math.max(0, limits.newPerDay - done.newCount),
    reviewLeft: Math.max(0, limits.reviewsPerDay - done.reviewCount),
  };
}

export function queueCounts<T extends QueueRow>(input: QueueInput<T>): QueueCounts {
  const { newLeft, reviewLeft } = remainingToday(input.limits, input.doneToday);
  return {
    newCount: Math.min(newLeft, input.news.length),
    learningCount: input.learning.length,
    reviewCount: Math.min(reviewLeft, input.reviews.length),
  };
}

/**
 * The next card, or null when nothing is left today. New cards are interleaved by keeping the
 * share of today's new cards done in step with the share of reviews done.
 */
export function pickNext<T extends QueueRow>(input: QueueInput<T>): T | null {
  const { now, learning } = input;
  const dueLearning = learning.find((r) => r.due <= now);
  if (dueLearning) return dueLearning;

  const counts = queueCounts(input);
  const review = counts.reviewCount > 0 ? input.reviews[0] : undefined;
  const fresh = counts.newCount > 0 ? input.news[0] : undefined;
  if (review && fresh) {
    const newTotal = input.doneToday.newCount + counts.newCount;
    const reviewTotal = input.doneToday.reviewCount + counts.reviewCount;
    const newShare = input.doneToday.newCount / newTotal;
    const reviewShare = input.doneToday.reviewCount / reviewTotal;
    return newShare < reviewShare ? fresh : review;
  }
  if (review) return review;
  if (fresh) return fresh;

  const ahead = learning[0];
  return ahead && ahead.due <= now + LEARN_AHEAD_MS ? ahead : null;
}
