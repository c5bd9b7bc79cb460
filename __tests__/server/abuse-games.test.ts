/**
 * @jest-environment node
 */
// Attacks on the game records (issue 10, items 1, 7, 9 and 10), against a real server on 127.0.0.1.
import './support/esm-shims';

import { MemoryStore } from '@/server/game/memory-store';

import { Harness, choiceCards, json } from './support/game-harness';
import { request } from './support/http';

jest.setTimeout(30_000);

const minute = (limit: number) => ({ limit, windowMs: 60_000 });
const lots = {
  joinPerIp: minute(100_000),
  failedJoinPerIp: minute(100_000),
  failedJoinGlobal: minute(100_000),
  createPerIp: minute(100_000),
};

/** Cards as big as the limits allow: 8 options of 200 characters, a 500-character prompt. */
const bigCards = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: `big-${i}`,
    deckId: 'big',
    prompt: `${i} ${'p'.repeat(490)}`,
    choices: Array.from({ length: 8 }, (_, k) => `${k}${'o'.repeat(199)}`),
    correct: 0,
  }));

describe('a create flood meets the game budget', () => {
  const h = new Harness();
  beforeAll(() => h.start({ game: { ...lots, maxGames: 3 } }));
  afterAll(() => h.stop());

  it('refuses the game past the budget with 503 and Retry-After, and running games play on', async () => {
    const first = await h.create();
    await h.create();
    await h.create();
    const refused = await h.post('/api/games', { cards: choiceCards(3) });
    expect(refused.status).toBe(503);
    expect(json(refused).error).toMatch(/as many games as it can/);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect((await h.post('/api/join', { code: first.code, nickname: 'Ana' })).status).toBe(201);
    expect((await h.host(first, 'start')).status).toBe(200);
  });
});

describe('the game budget counts bytes', () => {
  const h = new Harness();
  // Room for the reserve of a few games and about one game of big questions.
  beforeAll(() => h.start({ game: { ...lots, maxGameBytes: 400 * 1024 } }));
  afterAll(() => h.stop());

  it('admits small games and refuses big ones once the bytes are spent', async () => {
    const big = { cards: bigCards(100), settings: { questionCount: 100 } };
    expect((await h.post('/api/games', big)).status).toBe(201);
    const second = await h.post('/api/games', big);
    expect([second.status, json(second).error]).toEqual([
      503,
      'this server has no room for another game right now; try again in a few minutes',
    ]);
    expect((await h.post('/api/games', { cards: choiceCards(3) })).status).toBe(201);
  });
});

describe('a lobby nobody joined', () => {
  const h = new Harness();
  beforeAll(() => h.start({ game: { ...lots, lobbyTtlMs: 400, sweepIntervalMs: 50, maxGames: 2 } }));
  afterAll(() => h.stop());

  it('expires after lobbyTtlMs and frees its place in the budget; a joined one lives on', async () => {
    const empty = await h.create();
    const joined = await h.create();
    await h.join(joined.code, 'Ana');
    expect((await h.post('/api/games', { cards: choiceCards(3) })).status).toBe(503);
    await new Promise((r) => setTimeout(r, 700));
    expect((await h.get(`/api/games/${empty.gameId}/qr.svg`)).status).toBe(404);
    expect((await h.get(`/api/games/${joined.gameId}/qr.svg`)).status).toBe(200);
    expect((await h.post('/api/games', { cards: choiceCards(3) })).status).toBe(201);
  });
});

describe('players who left', () => {
  const store = new MemoryStore();
  const h = new Harness();
  beforeAll(() => h.start({ store, game: lots }));
  afterAll(async () => {
    await h.stop();
    await store.close();
  });

  it('do not grow the game record through 1,000 join/leave cycles, and keep their score in the report', async () => {
    const game = await h.create({ questionCount: 1 });
    const ana = await h.join(game.code, 'Ana');
    const bo = await h.join(game.code, 'Bo');
    await h.host(game, 'start');
    await h.answer(bo, 0, 0);
    expect((await h.post(`/api/games/${game.gameId}/leave`, undefined, bo.playerToken)).status).toBe(200);
    const size = async () => JSON.stringify(await store.get(game.gameId)).length;
    const before = await size();
    for (let i = 0; i < 1000; i++) {
      const bot = await h.join(game.code, `bot ${i % 7}`);
      expect((await h.post(`/api/games/${game.gameId}/leave`, undefined, bot.playerToken)).status).toBe(200);
    }
    expect(await size()).toBeLessThan(before + 200);
    await h.answer(ana, 0, 0);
    const report = json(await h.get(`/api/games/${game.gameId}/report`, game.hostToken));
    expect((report.players as Array<{ nickname: string; status: string }>).map((p) => [p.nickname, p.status])).toEqual([
      ['Ana', 'active'],
      ['Bo', 'left'],
    ]);
    expect(report.questions).toMatchObject([{ answered: 2 }]);
    expect((await h.post('/api/rejoin', {}, bo.playerToken)).status).toBe(403);
  });
});

describe('nicknames', () => {
  const h = new Harness();
  beforeAll(() => h.start({ game: lots }));
  afterAll(() => h.stop());

  it('refuses look-alikes of a player in the game, invisible and unpaired characters, and a kicked name', async () => {
    const game = await h.create();
    await h.join(game.code, 'alice');
    for (const name of ['аlice', 'AIice', 'ALICE']) {
      const res = await h.post('/api/join', { code: game.code, nickname: name });
      expect([res.status, json(res).error]).toEqual([409, 'nickname taken']);
    }
    const refused = ['\u0301\u0301', 'a\u17B4\u17B5', '\uE000boss', 'Bo\u200B'];
    for (const name of refused) expect((await h.post('/api/join', { code: game.code, nickname: name })).status).toBe(400);
    const lone = await h.post('/api/join', `{"code":"${game.code}","nickname":"x\\ud800"}`);
    expect([lone.status, json(lone).error]).toEqual([400, 'nickname may not contain private-use, unassigned or unpaired characters']);
    const bo = await h.join(game.code, 'Bo');
    expect((await h.host(game, 'kick', { playerId: bo.playerId })).status).toBe(200);
    for (const name of ['Bo', 'bo', 'Βο']) {
      const again = await h.post('/api/join', { code: game.code, nickname: name });
      expect([again.status, json(again).error]).toEqual([403, 'the host removed this nickname from the game']);
    }
  });
});

describe('tokens', () => {
  const h = new Harness();
  beforeAll(() => h.start({ game: lots }));
  afterAll(() => h.stop());

  it('are taken from the Authorization header only on POSTs and the report, not from ?token=', async () => {
    const game = await h.create();
    const ana = await h.join(game.code, 'Ana');
    const viaQuery = (method: string, url: string, body?: unknown) => request(h.base, method, url, body);
    expect((await viaQuery('POST', `/api/games/${game.gameId}/host?token=${game.hostToken}`, { type: 'lock' })).status).toBe(401);
    expect((await viaQuery('GET', `/api/games/${game.gameId}/report?token=${game.hostToken}`)).status).toBe(401);
    expect((await viaQuery('POST', `/api/games/${game.gameId}/leave?token=${ana.playerToken}`, {})).status).toBe(401);
    expect((await viaQuery('POST', `/api/games/${game.gameId}/answer?token=${ana.playerToken}`, { index: 0, option: 0 })).status).toBe(401);
    expect((await h.host(game, 'lock')).status).toBe(200);
    expect((await h.post('/api/rejoin', {}, ana.playerToken)).status).toBe(200);
  });
});
