// Which card comes next: learning cards when their step is due, then reviews by due date with new
// cards interleaved evenly, within the day's limits. Pure: the store hands in, for each queue, its
// earliest row and how many rows it holds, so a deck of any size costs the same few index reads.
import type { DailyLimits } from './types';

/**
 * Each queue is counted up to one card past this many, whatever the limits allow (up to 99,999 reviews):
 * a count's cost stays that of 1,001 keys instead of growing with the deck, and a count above it is
 * shown as "1,000+". Sums of counts stay true lower bounds, so they read the same way.
 */
export const COUNTED_UP_TO = 1000;

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

export interface QueueHead<T extends QueueRow> {
  /** The earliest row (by due for learning and review, by deck order for new), if any. */
  first: T | undefined;
  /**
   * How many rows the queue holds today; the store stops counting where the limits stop, or one past
   * COUNTED_UP_TO.
   */
  size: number;
}

export interface QueueInput<T extends QueueRow> {
  now: number;
  /** Learning and relearning cards due before the next study day. */
  learning: QueueHead<T>;
  /** Review cards due before the next study day. */
  reviews: QueueHead<T>;
  /** New cards. */
  news: QueueHead<T>;
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
    newCount: Math.min(newLeft, input.news.size),
    learningCount: input.learning.size,
    reviewCount: Math.min(reviewLeft, input.reviews.size),
  };
}

/**
 * The next card, or null when nothing is left today. New cards are interleaved by keeping the
 * share of today's new cards done in step with the share of reviews done.
 */
export function pickNext<T extends QueueRow>(input: QueueInput<T>): T | null {
  const { now } = input;
  const learning = input.learning.first;
  if (learning && learning.due <= now) return learning;

  const counts = queueCounts(input);
  const review = counts.reviewCount > 0 ? input.reviews.first : undefined;
  const fresh = counts.newCount > 0 ? input.news.first : undefined;
  if (review && fresh) {
    const newShare = input.doneToday.newCount / (input.doneToday.newCount + counts.newCount);
    const reviewShare = input.doneToday.reviewCount / (input.doneToday.reviewCount + counts.reviewCount);
    return newShare < reviewShare ? fresh : review;
  }
  if (review) return review;
  if (fresh) return fresh;
  return learning && learning.due <= now + LEARN_AHEAD_MS ? learning : null;
}

/** Builds a queue head from rows already sorted (tests and small in-memory queues). */
export function headOf<T extends QueueRow>(rows: T[]): QueueHead<T> {
  return { first: rows[0], size: rows.length };
}
