/**
 * @jest-environment node
 */
// Join-code guessing (issue 10, item 4), against a real server on 127.0.0.1.
import './support/esm-shims';

import { MemoryRateStore } from '@/server/game/rate-limit';

import { Harness } from './support/game-harness';

jest.setTimeout(30_000);

const minute = (limit: number) => ({ limit, windowMs: 60_000 });
const wrongCode = (code: string, i: number) => String((Number(code) + 1 + i) % 1_000_000).padStart(6, '0');

describe('the rate store', () => {
  it('forgets the least recently used key past its size, never everything at once', async () => {
    const store = new MemoryRateStore(100);
    const rule = minute(3);
    for (let i = 0; i < 5; i++) await store.hit('blocked', rule, 0);
    for (let i = 0; i < 1000; i++) {
      await store.hit(`other-${i}`, rule, 1);
      if (i % 50 === 0) await store.peek('blocked', rule, 1);
    }
    expect(store.size()).toBe(100);
    expect(await store.peek('blocked', rule, 2)).toBe(5);
    expect(await store.peek('other-0', rule, 2)).toBe(0);
    expect(await store.peek('blocked', rule, 60_000)).toBe(0);
  });
});

describe('a guesser blocked by the failed-join limit', () => {
  const h = new Harness();
  beforeAll(() =>
    h.start({ game: { rateLimitKeys: 200, failedJoinPerIp: minute(5), failedJoinGlobal: minute(100_000), joinPerIp: minute(100) } }),
  );
  afterAll(() => h.stop());

  it('stays blocked while many other addresses pass through the limiter', async () => {
    const game = await h.create();
    const guess = (from: string, i: number) => h.post('/api/join', { code: wrongCode(game.code, i), nickname: 'g' }, undefined, {}, from);
    for (let i = 0; i < 5; i++) expect((await guess('127.0.6.1', i)).status).toBe(404);
    for (let round = 0; round < 6; round++) {
      await Promise.all(Array.from({ length: 100 }, (_, k) => guess(`127.0.7.${round * 40 + (k % 40) + 1}`, k)));
      expect((await guess('127.0.6.1', round)).status).toBe(429);
    }
  });
});

describe('code guessing from many addresses', () => {
  const h = new Harness();
  beforeAll(() => h.start({ game: { failedJoinPerIp: minute(10), failedJoinGlobal: minute(30), joinPerIp: minute(30) } }));
  afterAll(() => h.stop());

  it('stops answering yes/no once the server-wide failure ceiling is reached, while a player with the right code still gets in', async () => {
    const game = await h.create();
    const addresses = Array.from({ length: 40 }, (_, i) => `127.0.8.${i + 1}`);
    const answers: number[] = [];
    for (let round = 0; round < 10; round++) {
      const results = await Promise.all(
        addresses.map((from, i) => h.post('/api/join', { code: wrongCode(game.code, round * 40 + i), nickname: 'g' }, undefined, {}, from)),
      );
      answers.push(...results.map((r) => r.status));
    }
    // 400 guesses: each address's first one answered (404), then only 429 without looking.
    const looked = answers.filter((s) => s === 404).length;
    expect(looked).toBeLessThanOrEqual(30 + addresses.length);
    expect(answers.filter((s) => s === 429).length).toBeGreaterThanOrEqual(400 - 30 - addresses.length);
    expect((await h.post('/api/join', { code: game.code, nickname: 'Ana' }, undefined, {}, '127.0.9.1')).status).toBe(201);
  });
});
