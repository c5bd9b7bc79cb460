/** @jest-environment node */
// The import's replay goes card by card, a batch of cards at a time, so the states can be written while
// the next batch is replayed: it must earn exactly what replaying the whole history in time order does,
// and log every answer in time order with the state before and after it.
import type { ImportedReview } from '@/lib/anki/imported';
import { replayReviews } from '@/lib/anki/replay';
import { createScheduler } from '@/lib/srs/fsrs-adapter';
import { getSched } from '@/lib/srs/packed-state';
import type { Rating, SchedState } from '@/lib/srs/types';

const DAY = 86_400_000;
const START = Date.UTC(2025, 0, 1, 9);

/** 40 cards, answered 1 to 6 times each, interleaved in time, with ties on the same instant. */
function history(): ImportedReview[] {
  const reviews: ImportedReview[] = [];
  for (let c = 0; c < 40; c++) {
    for (let k = 0; k <= c % 6; k++) {
      reviews.push({
        cardId: `c${c}`,
        rating: (((c + k) % 4) + 1) as Rating,
        reviewedAt: START + k * 3 * DAY + (c % 7) * 1000,
        durationMs: c * 10 + k,
      });
    }
  }
  // The file's order is not time order.
  return reviews.reverse();
}

/** The plain way: every answer in time order, each card's state carried from its last answer. */
function inTimeOrder(reviews: readonly ImportedReview[]) {
  const scheduler = createScheduler();
  const states = new Map<string, SchedState>();
  const log = [...reviews]
    .sort((a, b) => a.reviewedAt - b.reviewedAt)
    .map((r) => {
      const before = states.get(r.cardId) ?? scheduler.newState(r.reviewedAt);
      const after = scheduler.answer(before, r.rating, r.reviewedAt, r.cardId);
      states.set(r.cardId, after);
      return { cardId: r.cardId, reviewedAt: r.reviewedAt, rating: r.rating, durationMs: r.durationMs, before, after };
    });
  return { states, log };
}

describe('the replay of an imported history', () => {
  it.each([1, 7, 2_000])('earns the same states and log in batches of %i cards as in time order', (batch) => {
    const reviews = history();
    const expected = inTimeOrder(reviews);
    const replay = replayReviews(createScheduler(), reviews, batch);
    const batches = [...replay.batches];
    expect(batches.map((b) => b.size)).toEqual(Array.from({ length: Math.ceil(40 / batch) }, (_, i) => Math.min(batch, 40 - i * batch)));
    const states = new Map(batches.flatMap((b) => [...b]));
    expect(states).toEqual(expected.states);
    const { log } = replay;
    const got = Array.from({ length: log.length }, (_, i) => ({
      cardId: log.cardIds[log.card[i]!]!,
      reviewedAt: log.reviewedAt[i]!,
      rating: log.rating[i]!,
      durationMs: log.durationMs[i]!,
      before: getSched(log.before, i),
      after: getSched(log.after, i),
    }));
    expect(got).toEqual(expected.log);
  });
});
