// What the statistics read from the store, one typed array per field: compact to hold for 100,000
// reviews and cards, and the same shape whether it comes from the store, a worker or a test.

/** Anki's line between young and mature: an interval of 21 days or more. */
export const MATURE_DAYS = 21;

/** A card's phase as a number (the order of lib/srs Phase). */
export const PHASE = { new: 0, learning: 1, review: 2, relearning: 3 } as const;
export type PhaseCode = (typeof PHASE)[keyof typeof PHASE];

/** One entry per review log; 32-bit where that is exact enough (stored so in the log's digest). */
export interface LogColumns {
  length: number;
  reviewedAt: Float64Array;
  rating: Uint8Array;
  durationMs: Float32Array;
  /** The card's phase before the answer. */
  phase: Uint8Array;
  /** The interval (days) the card had before the answer: Anki's "last interval". */
  interval: Float32Array;
  /** FSRS stability before the answer (days). */
  stability: Float32Array;
  /** Days since the card's previous review; NaN for its first. */
  elapsedDays: Float32Array;
}

/** Where a card with a schedule stands (a buried new card is still new). */
export const STANDING = { new: 0, learning: 1, review: 2 } as const;
export type StandingCode = (typeof STANDING)[keyof typeof STANDING];

/** One entry per card state. */
export interface CardColumns {
  length: number;
  standing: Uint8Array;
  /** When the card is next shown (its FSRS due time, or later if buried); meaningless for new cards. */
  due: Float64Array;
  /** Current interval in days (young below 21, mature from 21). */
  interval: Float64Array;
}

export function emptyLogColumns(n: number): LogColumns {
  return {
    length: n,
    reviewedAt: new Float64Array(n),
    rating: new Uint8Array(n),
    durationMs: new Float32Array(n),
    phase: new Uint8Array(n),
    interval: new Float32Array(n),
    stability: new Float32Array(n),
    elapsedDays: new Float32Array(n),
  };
}

export function emptyCardColumns(n: number): CardColumns {
  return { length: n, standing: new Uint8Array(n), due: new Float64Array(n), interval: new Float64Array(n) };
}
