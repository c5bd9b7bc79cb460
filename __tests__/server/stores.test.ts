/**
 * @jest-environment node
 */
import { createQuiz, type QuizEvent } from '@/lib/quiz';
import { MemoryStore } from '@/server/game/memory-store';
import { RedisStore } from '@/server/game/redis-store';
import type { GameRecord, GameStore, StoredEvent } from '@/server/game/store';
import { newGameId } from '@/server/game/tokens';

const REDIS_URL = process.env.REDIS_URL;
if (!REDIS_URL) console.warn('REDIS_URL is unset: skipping the Redis store tests (set REDIS_URL=redis://127.0.0.1:6379 to run them)');

function record(now = Date.now()): GameRecord {
  return {
    id: newGameId(),
    code: String(Math.floor(Math.random() * 1e6)).padStart(6, '0'),
    hostTokenHash: 'h',
    quiz: createQuiz(
      [
        { id: 'a', deckId: 'd', prompt: 'A?', choices: ['1', '2', '3'], correct: 0 },
        { id: 'b', deckId: 'd', prompt: 'B?', choices: ['1', '2'], correct: 1 },
      ],
      {},
      { now },
    ),
    seq: 0,
    createdAt: now,
    expiresAt: now + 60_000,
  };
}

const hostEvent = (i: number): QuizEvent => ({ at: i, type: 'host-connection', connected: i % 2 === 0 });

type Pair = { a: GameStore; b: GameStore; close: () => Promise<void> };

const kinds: Array<[string, (() => Pair) | undefined]> = [
  [
    'memory',
    () => {
      const store = new MemoryStore();
      return { a: store, b: store, close: () => store.close() };
    },
  ],
  [
    'redis',
    REDIS_URL
      ? () => {
          const a = new RedisStore(REDIS_URL);
          const b = new RedisStore(REDIS_URL);
          return { a, b, close: async () => void (await Promise.all([a.close(), b.close()])) };
        }
      : undefined,
  ],
];

describe.each(kinds)('%s store', (_kind, make) => {
  const maybe = make === undefined ? it.skip : it;
  let pair: Pair;
  beforeEach(() => {
    if (make) pair = make();
  });
  afterEach(async () => {
    if (make) await pair.close();
  });

  maybe('creates, reads and deletes a game', async () => {
    const r = record();
    await pair.a.create(r);
    expect(await pair.b.get(r.id)).toEqual(r);
    const updated = await pair.b.update(r.id, (rec) => ({ record: { ...rec, quiz: { ...rec.quiz, locked: true } }, value: 0 }));
    expect(updated?.record.quiz.questions).toEqual(r.quiz.questions);
    expect((await pair.a.get(r.id))?.quiz).toEqual({ ...r.quiz, locked: true });
    expect(await pair.b.exists(r.id)).toBe(true);
    await pair.b.delete(r.id);
    expect(await pair.a.get(r.id)).toBeUndefined();
    expect(await pair.a.update(r.id, () => ({ value: 1 }))).toBeUndefined();
  });

  maybe('parses a record once for all its readers, and sees another process’s write at once', async () => {
    const r = record();
    await pair.a.create(r);
    const first = await pair.a.get(r.id);
    // Read again unchanged: the same copy (a flood of streams opening reads one record thousands of times).
    expect(await pair.a.get(r.id)).toBe(first);
    await pair.b.update(r.id, (rec) => ({ record: { ...rec, quiz: { ...rec.quiz, locked: true } }, value: 0 }));
    const after = await pair.a.get(r.id);
    expect(after).not.toBe(first);
    expect(after?.quiz.locked).toBe(true);
    expect(first?.quiz.locked).toBe(false);
  });

  maybe('hands out a join code once', async () => {
    const code = String(100000 + Math.floor(Math.random() * 899999));
    expect(await pair.a.reserveCode(code, 'g1', 10_000)).toBe(true);
    expect(await pair.b.reserveCode(code, 'g2', 10_000)).toBe(false);
    expect(await pair.b.gameIdForCode(code)).toBe('g1');
  });

  maybe('loses no update when two writers race, and numbers events in order', async () => {
    const r = record();
    await pair.a.create(r);
    const seenA: StoredEvent[] = [];
    const seenB: StoredEvent[] = [];
    const offA = await pair.a.subscribe(r.id, (e) => seenA.push(...e));
    const offB = await pair.b.subscribe(r.id, (e) => seenB.push(...e));
    const bump = (store: GameStore, i: number) =>
      store.update(r.id, (rec) => ({
        record: { ...rec, quiz: { ...rec.quiz, index: rec.quiz.index + 1 } },
        events: [hostEvent(i)],
        value: i,
      }));
    const results = await Promise.all(Array.from({ length: 60 }, (_, i) => bump(i % 2 ? pair.a : pair.b, i)));
    expect(results.every((x) => x !== undefined)).toBe(true);
    const final = await pair.a.get(r.id);
    expect(final?.quiz.index).toBe(-1 + 60);
    expect(final?.seq).toBe(60);
    for (let i = 0; i < 50 && (seenA.length < 60 || seenB.length < 60); i++) await new Promise((res) => setTimeout(res, 20));
    expect(seenA.map((e) => e.id)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    expect(seenB.map((e) => e.id)).toEqual(seenA.map((e) => e.id));
    expect((await pair.b.eventsAfter(r.id, 55))?.map((e) => e.id)).toEqual([56, 57, 58, 59, 60]);
    expect(await pair.b.eventsAfter(r.id, 61)).toBeUndefined();
    offA();
    offB();
  });

  maybe('writes nothing for a refused or empty mutation', async () => {
    const r = record();
    await pair.a.create(r);
    const out = await pair.b.update(r.id, () => ({ value: 'refused' }));
    expect(out?.value).toBe('refused');
    expect((await pair.a.get(r.id))?.seq).toBe(0);
  });

  maybe('binds tokens', async () => {
    await pair.a.bindToken('hash-1', { gameId: 'g', playerId: 'p' }, 10_000);
    expect(await pair.b.lookupToken('hash-1')).toEqual({ gameId: 'g', playerId: 'p' });
    expect(await pair.b.lookupToken('hash-2')).toBeUndefined();
  });

  maybe('gives the timer lease to one process at a time', async () => {
    const id = newGameId();
    expect(await pair.a.acquireDriver(id, 'proc-a', 300)).toBe(true);
    if (pair.a === pair.b) return;
    expect(await pair.b.acquireDriver(id, 'proc-b', 300)).toBe(false);
    expect(await pair.a.acquireDriver(id, 'proc-a', 300)).toBe(true);
    await new Promise((res) => setTimeout(res, 400));
    expect(await pair.b.acquireDriver(id, 'proc-b', 300)).toBe(true);
    expect(await pair.a.acquireDriver(id, 'proc-a', 300)).toBe(false);
  });
});
