// Review history from a file, replayed through our scheduler, so imported cards arrive with the state
// their answers earn here (FSRS, with the learner's settings), not Anki's numbers. Pure: runs in the
// import worker. The answers come out as columns, not an object per answer: 200,000 answers with their
// states before and after as objects cost seconds of garbage collection. A card's answers depend on that
// card alone (fuzz is seeded by card and repetition), so the replay goes card by card, a batch of cards
// at a time, and hands each batch's final states over as it ends: the import writes them while the next
// batch is replayed (import-job.ts).
import type { Scheduler } from '@/lib/srs/fsrs-adapter';
import { putSched, SCHED_WIDTH } from '@/lib/srs/packed-state';
import type { SchedState } from '@/lib/srs/types';

import type { ImportedReview } from './imported';

/** Every answer in time order, with the card's state before and after it (packed-state.ts). */
export interface ReplayLog {
  length: number;
  /** The cards answered, in the order of their first answer; `card` indexes into it. */
  cardIds: string[];
  card: Uint32Array;
  reviewedAt: Float64Array;
  rating: Uint8Array;
  durationMs: Float64Array;
  before: Float64Array;
  after: Float64Array;
}

export interface Replay {
  /** Filled in as `batches` is run through: complete once it has ended. */
  log: ReplayLog;
  /** The state each answered card ends in, `batchCards` cards at a time, each batch replayed as it is taken. */
  batches: Iterable<Map<string, SchedState>>;
}

/** Cards per batch: a few hundred milliseconds of writing for IndexedDB, tens of replaying. */
export const REPLAY_BATCH = 2_000;

export function replayReviews(
  scheduler: Pick<Scheduler, 'newState' | 'answer'>,
  reviews: readonly ImportedReview[],
  batchCards = REPLAY_BATCH,
): Replay {
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
  const index = new Map<string, number>();
  const ordered = [...reviews].sort((a, b) => a.reviewedAt - b.reviewedAt);
  for (let i = 0; i < n; i++) {
    const r = ordered[i]!;
    let c = index.get(r.cardId);
    if (c === undefined) {
      c = log.cardIds.push(r.cardId) - 1;
      index.set(r.cardId, c);
    }
    log.card[i] = c;
    log.reviewedAt[i] = r.reviewedAt;
    log.rating[i] = r.rating;
    log.durationMs[i] = r.durationMs;
  }
  // Each card's answers, in time order: a counting sort of the answers by card.
  const cards = log.cardIds.length;
  const start = new Uint32Array(cards + 1);
  for (let i = 0; i < n; i++) start[log.card[i]! + 1]!++;
  for (let c = 0; c < cards; c++) start[c + 1]! += start[c]!;
  const byCard = new Uint32Array(n);
  const fill = start.slice(0, cards);
  for (let i = 0; i < n; i++) byCard[fill[log.card[i]!]!++] = i;

  function* batches(): Generator<Map<string, SchedState>> {
    for (let from = 0; from < cards; from += batchCards) {
      const states = new Map<string, SchedState>();
      for (let c = from; c < Math.min(cards, from + batchCards); c++) {
        const cardId = log.cardIds[c]!;
        let state: SchedState | undefined;
        for (let k = start[c]!; k < start[c + 1]!; k++) {
          const i = byCard[k]!;
          const at = log.reviewedAt[i]!;
          const before = state ?? scheduler.newState(at);
          state = scheduler.answer(before, log.rating[i] as ImportedReview['rating'], at, cardId);
          putSched(log.before, i, before);
          putSched(log.after, i, state);
        }
        states.set(cardId, state!);
      }
      yield states;
    }
  }
  return { log, batches: { [Symbol.iterator]: batches } };
}
