/**
 * @jest-environment node
 */
// Redis faults and shared limits (issue 10, items 5 and 6), against real servers on 127.0.0.1
// and a redis-server of the test's own, which it pauses with SIGSTOP.
import './support/esm-shims';

import { RedisStore } from '@/server/game/redis-store';

import { Harness, json, type Joined } from './support/game-harness';
import { hasRedisServer, startOwnRedis, type OwnRedis } from './support/own-redis';
import { SseClient } from './support/sse-client';

const run = Boolean(process.env.REDIS_URL) && hasRedisServer();
if (!run) console.warn('REDIS_URL is unset or redis-server is missing: skipping the Redis fault tests');
const maybe = run ? it : it.skip;

jest.setTimeout(60_000);

const minute = (limit: number) => ({ limit, windowMs: 60_000 });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let redis: OwnRedis | undefined;
const stores: RedisStore[] = [];
const servers: Harness[] = [];

async function server(game: Record<string, unknown> = {}): Promise<Harness> {
  const store = new RedisStore(redis!.url, 300);
  await store.ready();
  stores.push(store);
  const h = await new Harness().start({ store, game: { tickSettleMs: 1000, ...game } });
  servers.push(h);
  return h;
}

beforeAll(async () => {
  if (run) redis = await startOwnRedis();
});
afterAll(async () => {
  for (const h of servers) await h.stop();
  await Promise.all(stores.map((s) => s.close()));
  await redis?.stop();
});

describe('a Redis stall', () => {
  maybe('answers 503 with a reason while Redis does not answer, and counts an answer sent before the deadline', async () => {
    const h = await server();
    const game = await h.create({ questionCount: 1, secondsPerQuestion: 5, previewSeconds: 0 });
    const ana = await h.join(game.code, 'Ana');
    const bo = await h.join(game.code, 'Bo');
    const stream = await SseClient.open(h.base, `/api/games/${game.gameId}/events?token=${ana.playerToken}`);
    await stream.waitFor('snapshot');
    await h.host(game, 'start');
    const open = (await stream.waitFor('question-open')).data as { options: string[]; endsAt: number };
    const right = open.options.findIndex((o) => o.startsWith('Option R'));

    redis!.pause();
    try {
      await sleep(300);
      const answered = h.answer(ana, 0, right);
      const started = Date.now();
      const refused = await h.post('/api/join', { code: game.code, nickname: 'Cy' });
      expect(Date.now() - started).toBeLessThan(3000);
      expect([refused.status, json(refused).error]).toEqual([
        503,
        'the game server cannot reach its store right now; try again in a few seconds',
      ]);
      expect(refused.headers['retry-after']).toBe('2');
      // The deadline (and its grace) passes while Redis is paused; then Bo answers, too late.
      await sleep(Math.max(0, open.endsAt + 800 - Date.now()));
      const late = h.answer(bo as Joined, 0, right);
      await sleep(500);
      redis!.resume();
      const ack = await answered;
      expect([ack.status, json(ack)]).toEqual([200, { accepted: true, index: 0, option: right }]);
      expect([(await late).status, json(await late).error]).toEqual([409, 'too late']);
    } finally {
      redis!.resume();
    }
    const reveal = (await stream.waitFor('reveal', () => true, 10_000)).data as {
      answered: number;
      you: { correct: boolean; points: number };
    };
    expect(reveal.answered).toBe(1);
    expect(reveal.you.correct).toBe(true);
    expect(reveal.you.points).toBeGreaterThan(500);
    stream.close();
  });
});

describe('limits shared through Redis', () => {
  maybe('count creates and failed joins once across two servers, and share the game budget', async () => {
    const game = {
      createPerIp: minute(3),
      failedJoinPerIp: minute(3),
      failedJoinGlobal: minute(1000),
      joinPerIp: minute(100),
      maxGames: 5,
    };
    const [a, b] = [await server(game), await server(game)];
    const from = '127.0.10.1';
    const create = (h: Harness, address = from) =>
      h.post('/api/games', { cards: [{ id: 'q', deckId: 'd', prompt: 'Q?', choices: ['a', 'b'], correct: 0 }] }, undefined, {}, address);
    expect([(await create(a)).status, (await create(b)).status, (await create(a)).status]).toEqual([201, 201, 201]);
    expect((await create(b)).status).toBe(429);
    const guess = (h: Harness) => h.post('/api/join', { code: '000000', nickname: 'g' }, undefined, {}, '127.0.10.2');
    expect([(await guess(a)).status, (await guess(b)).status, (await guess(a)).status]).toEqual([404, 404, 404]);
    expect((await guess(b)).status).toBe(429);
    // Three games so far (four after the stall test above); the budget of 5 is shared.
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await create(i % 2 ? a : b, `127.0.10.${10 + i}`)).status);
    expect(statuses.filter((s) => s === 503).length).toBeGreaterThanOrEqual(2);
  });
});
