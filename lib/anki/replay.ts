// Review history from a file, replayed through our scheduler in time order, so imported cards arrive
// with the state their answers earn here (FSRS, with the learner's settings), not Anki's numbers.
// Pure: runs in the import worker. The answers come out as columns, not an object per answer: 200,000
// answers with their states before and after as objects cost seconds of garbage collection.
import type { Scheduler } from '@/lib/srs/fsrs-adapter';
import { putSched, SCHED_WIDTH } from '@/lib/srs/packed-state';
import type { SchedState } from '@/lib/srs/types';

import type { ImportedReview } from './imported';

/** Every answer in time order, with the card's state before and after it (packed-state.ts). */
export interface ReplayLog {
  length: number;
  /** The cards answered; `card` indexes into it. */
  cardIds: string[];
  card: Uint32Array;
  reviewedAt: Float64Array;
  rating: Uint8Array;
  durationMs: Float64Array;
  before: Float64Array;
  after: Float64Array;
}

export interface Replay {
  /** The state each reviewed card ends in. */
  states: Map<string, SchedState>;
  log: ReplayLog;
}

export function replayReviews(scheduler: Pick<Scheduler, 'newState' | 'answer'>, reviews: readonly ImportedReview[]): Replay {
  const n = reviews.length;
  const log: ReplayLog = {
    length: n,
    cardIds: [],
    card: new Uint32Array(n),
    reviewedAt: new Float64Array(n),
    rating: new Uint8Array(n),
    durationMs: new Float64Array(n),
    before: new Float64Array(n * SCHED_WIDTH),
    after: new Float64Array(n * SCHED_WIDTH),
  };
  const states = new Map<string, SchedState>();
  const index = new Map<string, number>();
  const ordered = [...reviews].sort((a, b) => a.reviewedAt - b.reviewedAt);
  for (let i = 0; i < n; i++) {
    const r = ordered[i]!;
    let c = index.get(r.cardId);
    if (c === undefined) {
      c = log.cardIds.push(r.cardId) - 1;
      index.set(r.cardId, c);
    }
    const before = states.get(r.cardId) ?? scheduler.newState(r.reviewedAt);
    const after = scheduler.answer(before, r.rating, r.reviewedAt, r.cardId);
    states.set(r.cardId, after);
    log.card[i] = c;
    log.reviewedAt[i] = r.reviewedAt;
    log.rating[i] = r.rating;
    log.durationMs[i] = r.durationMs;
    putSched(log.before, i, before);
    putSched(log.after, i, after);
  }
  return { states, log };
}
