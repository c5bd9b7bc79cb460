// What the statistics worker is asked, and what it answers. `seq` pairs an answer with its question:
// a newer question (another deck) may be answered first.
import type { Stats } from '@/lib/insight/stats';

/** The learner's settings (study day, retention, weights) are read from the store with the figures. */
export interface StatsRequest {
  deckId: string | null;
  now: number;
}

/** A request as posted to the worker, with the page's count of writes to the input (null: not counted). */
export interface StatsMessage {
  seq: number;
  request: StatsRequest;
  writes: number | null;
}

export interface StatsFigures {
  stats: Stats;
  /** Reviews and cards the figures were computed from. */
  reviews: number;
  cards: number;
}

export type StatsReply = { seq: number } & (({ ok: true } & StatsFigures) | { ok: false; message: string });
