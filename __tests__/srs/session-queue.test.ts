import {
  chooseDeck,
  firstShuffled,
  headOf,
  pickAcross,
  sessionCounts,
  type DeckHeads,
  type QueueRow,
  type SessionQueueInput,
} from '@/lib/srs';

const now = 1_000_000_000;
const rows = (prefix: string, n: number, due = now - 1000): QueueRow[] =>
  Array.from({ length: n }, (_, i) => ({ cardId: `${prefix}${i}`, due: due + i }));
const deck = (prefix: string, news: number, reviews: number, limits = { newPerDay: 20, reviewsPerDay: 200 }): DeckHeads<QueueRow> => ({
  learning: headOf([]),
  reviews: headOf(rows(`${prefix}-r`, reviews)),
  news: headOf(rows(`${prefix}-n`, news, 0)),
  limits,
  doneToday: { newCount: 0, reviewCount: 0 },
});
const session = (decks: DeckHeads<QueueRow>[], over: Partial<SessionQueueInput<QueueRow>> = {}): SessionQueueInput<QueueRow> => ({
  now,
  decks,
  overall: { newPerDay: 20, reviewsPerDay: 200 },
  overallDone: { newCount: 0, reviewCount: 0 },
  order: 'deck',
  seed: 'day-1',
  ...over,
});

describe('a session over several decks', () => {
  it('offers the overall limit, not 20 new cards for each of eighteen decks', () => {
    const decks = Array.from({ length: 18 }, (_, i) => deck(`d${i}`, 30, 0));
    expect(sessionCounts(session(decks))).toEqual({ newCount: 20, learningCount: 0, reviewCount: 0 });
  });

  it('applies a deck limit tighter than the overall one', () => {
    const tight = deck('a', 30, 50, { newPerDay: 3, reviewsPerDay: 10 });
    expect(sessionCounts(session([tight]))).toEqual({ newCount: 3, learningCount: 0, reviewCount: 10 });
    // Two decks: one capped at 3 new, the other gives the rest up to the overall 20.
    expect(sessionCounts(session([tight, deck('b', 30, 0)])).newCount).toBe(20);
    expect(sessionCounts(session([tight, deck('b', 5, 0)])).newCount).toBe(8);
  });

  it('counts the overall limit against today’s answers in every deck', () => {
    const decks = [deck('a', 30, 300), deck('b', 30, 300)];
    const counts = sessionCounts(session(decks, { overallDone: { newCount: 15, reviewCount: 190 } }));
    expect(counts).toEqual({ newCount: 5, learningCount: 0, reviewCount: 10 });
    expect(pickAcross(session(decks, { overallDone: { newCount: 20, reviewCount: 200 } }))).toBeNull();
  });

  it('skips a deck whose own limit is used up', () => {
    const spent = { ...deck('a', 30, 0), doneToday: { newCount: 20, reviewCount: 0 } };
    expect(pickAcross(session([spent, deck('b', 30, 0)]))?.cardId).toBe('b-n0');
  });

  it('shows a due learning card from any deck first', () => {
    const learning = { ...deck('b', 0, 0), learning: headOf([{ cardId: 'b-l', due: now - 1 }]) };
    expect(pickAcross(session([deck('a', 5, 5), learning]))?.cardId).toBe('b-l');
  });
});

describe('deck order', () => {
  it('deck order: every card of the first deck before the next deck', () => {
    expect(chooseDeck([3, 5, 2], 'deck', 0, 's')).toBe(0);
    expect(chooseDeck([0, 5, 2], 'deck', 7, 's')).toBe(1);
  });

  it('interleaved: the decks take turns', () => {
    expect([0, 1, 2, 3].map((step) => chooseDeck([3, 5, 2], 'interleaved', step, 's'))).toEqual([0, 1, 2, 0]);
    expect([0, 1, 2].map((step) => chooseDeck([3, 0, 2], 'interleaved', step, 's'))).toEqual([0, 2, 0]);
  });

  it('random: the same draw all day, another the next day, spread over the decks', () => {
    const today = Array.from({ length: 40 }, (_, step) => chooseDeck([10, 10, 10], 'random', step, 'day-1'));
    expect(Array.from({ length: 40 }, (_, step) => chooseDeck([10, 10, 10], 'random', step, 'day-1'))).toEqual(today);
    expect(Array.from({ length: 40 }, (_, step) => chooseDeck([10, 10, 10], 'random', step, 'day-2'))).not.toEqual(today);
    expect(new Set(today).size).toBe(3);
    expect(chooseDeck([0, 0, 4], 'random', 3, 'day-1')).toBe(2);
  });

  it('a session follows the chosen order across decks', () => {
    const decks = [deck('a', 0, 3), deck('b', 0, 3)];
    const take = (order: 'deck' | 'interleaved') => {
      const picked: string[] = [];
      const state = decks.map((d) => ({ ...d, reviews: headOf(rows(d.reviews.first!.cardId.split('-')[0] + '-r', 3)) }));
      for (let done = 0; done < 4; done++) {
        const next = pickAcross(session(state, { order, overallDone: { newCount: 0, reviewCount: done } }))!;
        picked.push(next.cardId);
        const d = state.find((x) => x.reviews.first?.cardId === next.cardId)!;
        const left = rows(next.cardId.split('-')[0] + '-r', 3).filter((r) => !picked.includes(r.cardId));
        d.reviews = headOf(left);
      }
      return picked;
    };
    expect(take('deck')).toEqual(['a-r0', 'a-r1', 'a-r2', 'b-r0']);
    expect(take('interleaved')).toEqual(['a-r0', 'b-r0', 'a-r1', 'b-r1']);
  });
});

describe('random new-card order', () => {
  it('is a stable shuffle of today’s gathered cards, seeded by the day', () => {
    const ids = Array.from({ length: 20 }, (_, i) => `n${i}`);
    const first = firstShuffled(ids, 'day-1');
    expect(firstShuffled([...ids].reverse(), 'day-1')).toBe(first);
    const days = new Set(Array.from({ length: 10 }, (_, d) => firstShuffled(ids, `day-${d}`)));
    expect(days.size).toBeGreaterThan(3);
    // Answering the first leaves the rest in the same order.
    const rest = ids.filter((id) => id !== first);
    expect(firstShuffled(rest, 'day-1')).not.toBe(first);
    expect(firstShuffled([], 'day-1')).toBeUndefined();
  });
});
