// Review history from a file, replayed through our scheduler in time order, so imported cards arrive
// with the state their answers earn here (FSRS, with the learner's settings), not Anki's numbers.
// Pure: runs in the import worker, where building 100,000 states never holds up the page.
import type { Scheduler } from '@/lib/srs/fsrs-adapter';
import type { Rating, SchedState } from '@/lib/srs/types';

import type { ImportedReview } from './imported';

export interface ReplayedReview {
  cardId: string;
  rating: Rating;
  reviewedAt: number;
  durationMs: number;
  before: SchedState;
  after: SchedState;
}

export interface Replay {
  /** The state each reviewed card ends in. */
  states: Map<string, SchedState>;
  /** Every answer with the state before and after it, in time order. */
  reviews: ReplayedReview[];
}

export function replayReviews(scheduler: Pick<Scheduler, 'newState' | 'answer'>, reviews: readonly ImportedReview[]): Replay {
  const states = new Map<string, SchedState>();
  const out: ReplayedReview[] = [];
  const ordered = [...reviews].sort((a, b) => a.reviewedAt - b.reviewedAt);
  for (const r of ordered) {
    const before = states.get(r.cardId) ?? scheduler.newState(r.reviewedAt);
    const after = scheduler.answer(before, r.rating, r.reviewedAt, r.cardId);
    states.set(r.cardId, after);
    out.push({ ...r, before, after });
  }
  return { states, reviews: out };
}
