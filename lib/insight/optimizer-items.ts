// The review log as the FSRS optimizer (fsrs-rs, through fsrs-browser) reads it: per card, the ratings
// in order with delta_t in whole study days since the previous review (0 for the first review and for
// a review on the same study day), a card's history starting afresh when it was answered as new (a
// reset). Study days are the scheduler's (day-start hour, zone, DST), found through lib/insight/day-grid.
import type { StudyDaySettings } from '@/lib/srs/types';

import { dayGrid, dayIndex } from './day-grid';

/** One answer, as the optimizer needs it: which card, when, how, and whether the card was new then. */
export interface OptimizerReview {
  cardId: string;
  reviewedAt: number;
  rating: number;
  /** The card was new before this answer: its history starts here. */
  wasNew: boolean;
}

export interface HistoryReview {
  rating: number;
  /** Whole study days since the card's previous review; 0 for its first. */
  deltaT: number;
  reviewedAt: number;
}

/** Each card's history, oldest first; a card reset to new starts a second history. */
export function cardHistories(reviews: readonly OptimizerReview[], settings: StudyDaySettings): HistoryReview[][] {
  if (reviews.length === 0) return [];
  const sorted = [...reviews].sort((a, b) => a.reviewedAt - b.reviewedAt);
  const grid = dayGrid(sorted[0].reviewedAt, sorted[sorted.length - 1].reviewedAt, sorted[sorted.length - 1].reviewedAt, settings);
  const open = new Map<string, { history: HistoryReview[]; day: number }>();
  const histories: HistoryReview[][] = [];
  for (const review of sorted) {
    if (review.rating < 1 || review.rating > 4) continue;
    const day = dayIndex(grid, review.reviewedAt);
    const current = open.get(review.cardId);
    if (!current || review.wasNew) {
      const history = [{ rating: review.rating, deltaT: 0, reviewedAt: review.reviewedAt }];
      histories.push(history);
      open.set(review.cardId, { history, day });
      continue;
    }
    current.history.push({ rating: review.rating, deltaT: day - current.day, reviewedAt: review.reviewedAt });
    current.day = day;
  }
  return histories;
}

/**
 * fsrs-rs's training items: for every review on a later study day than the card's previous one, the
 * card's history up to and including it (fsrs-rs predicts the last review from the ones before).
 */
export interface ItemRef {
  history: readonly HistoryReview[];
  /** Index of the item's last review in `history`. */
  end: number;
}

export function trainingItems(histories: readonly (readonly HistoryReview[])[]): ItemRef[] {
  const items: ItemRef[] = [];
  for (const history of histories) {
    for (let end = 1; end < history.length; end++) if (history[end].deltaT > 0) items.push({ history, end });
  }
  return items;
}

/** fsrs-browser's computeParameters input: items laid end to end, with each item's length. */
export interface FlatItems {
  ratings: Uint32Array;
  deltaTs: Uint32Array;
  lengths: Uint32Array;
}

export function flattenItems(items: readonly ItemRef[]): FlatItems {
  const total = items.reduce((n, item) => n + item.end + 1, 0);
  const ratings = new Uint32Array(total);
  const deltaTs = new Uint32Array(total);
  const lengths = new Uint32Array(items.length);
  let at = 0;
  items.forEach(({ history, end }, i) => {
    lengths[i] = end + 1;
    for (let k = 0; k <= end; k++, at++) {
      ratings[at] = history[k].rating;
      deltaTs[at] = history[k].deltaT;
    }
  });
  return { ratings, deltaTs, lengths };
}

export interface HoldOutSplit {
  /** Items whose last review came before `cutoff`: what the optimizer trains on. */
  train: ItemRef[];
  /** Items at or after `cutoff`: what both parameter sets are judged on. */
  test: ItemRef[];
  cutoff: number;
}

/**
 * A time-ordered hold-out: the latest `share` of items (by the time of their last review) are held
 * out. Training sees only reviews before the cutoff; the held-out items are predicted from the card's
 * whole history before them, as the scheduler would have.
 */
export function holdOutSplit(items: readonly ItemRef[], share: number): HoldOutSplit {
  const at = (item: ItemRef) => item.history[item.end].reviewedAt;
  const sorted = [...items].sort((a, b) => at(a) - at(b));
  if (sorted.length === 0) return { train: [], test: [], cutoff: Infinity };
  const index = Math.min(sorted.length - 1, Math.max(0, Math.floor(sorted.length * (1 - share))));
  const cutoff = at(sorted[index]);
  return { train: sorted.filter((i) => at(i) < cutoff), test: sorted.filter((i) => at(i) >= cutoff), cutoff };
}
