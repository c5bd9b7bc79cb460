import { headOf, LEARN_AHEAD_MS, pickNext, queueCounts, type QueueInput, type QueueRow } from '@/lib/srs';

const now = 1_000_000_000;
const row = (cardId: string, due: number): QueueRow => ({ cardId, due });
const base: QueueInput<QueueRow> = {
  now,
  learning: headOf([]),
  reviews: headOf([]),
  news: headOf([]),
  limits: { newPerDay: 20, reviewsPerDay: 200 },
  doneToday: { newCount: 0, reviewCount: 0 },
};

describe('queue order and limits', () => {
  it('shows a due learning card before reviews and new cards', () => {
    const q = { ...base, learning: headOf([row('l', now - 1)]), reviews: headOf([row('r', now - 100)]), news: headOf([row('n', 0)]) };
    expect(pickNext(q)?.cardId).toBe('l');
  });

  it('does not show a learning card before its step is due while other work remains', () => {
    const q = { ...base, learning: headOf([row('l', now + 5 * 60_000)]), reviews: headOf([row('r', now - 100)]) };
    expect(pickNext(q)?.cardId).toBe('r');
  });

  it('learns ahead up to 20 minutes when nothing else is left, then stops', () => {
    expect(pickNext({ ...base, learning: headOf([row('l', now + LEARN_AHEAD_MS)]) })?.cardId).toBe('l');
    expect(pickNext({ ...base, learning: headOf([row('l', now + LEARN_AHEAD_MS + 1)]) })).toBeNull();
  });

  it('interleaves new cards evenly among reviews', () => {
    const reviews = Array.from({ length: 4 }, (_, i) => row(`r${i}`, now - 10 + i));
    const news = Array.from({ length: 2 }, (_, i) => row(`n${i}`, i));
    const order: string[] = [];
    const done = { newCount: 0, reviewCount: 0 };
    let r = [...reviews];
    let n = [...news];
    for (let i = 0; i < 6; i++) {
      const next = pickNext({ ...base, reviews: headOf(r), news: headOf(n), doneToday: { ...done } })!;
      order.push(next.cardId);
      if (next.cardId.startsWith('r')) {
        r = r.filter((x) => x !== next);
        done.reviewCount++;
      } else {
        n = n.filter((x) => x !== next);
        done.newCount++;
      }
    }
    expect(order).toEqual(['r0', 'n0', 'r1', 'r2', 'n1', 'r3']);
  });

  it('counts and caps by the daily limits, using today’s done counts', () => {
    const news = Array.from({ length: 30 }, (_, i) => row(`n${i}`, i));
    const reviews = Array.from({ length: 300 }, (_, i) => row(`r${i}`, i));
    expect(queueCounts({ ...base, news: headOf(news), reviews: headOf(reviews) })).toEqual({
      newCount: 20,
      learningCount: 0,
      reviewCount: 200,
    });
    const after = { ...base, news: headOf(news), reviews: headOf(reviews), doneToday: { newCount: 20, reviewCount: 195 } };
    expect(queueCounts(after)).toEqual({ newCount: 0, learningCount: 0, reviewCount: 5 });
    expect(pickNext(after)?.cardId).toBe('r0');
    expect(pickNext({ ...after, doneToday: { newCount: 20, reviewCount: 200 } })).toBeNull();
  });
});
