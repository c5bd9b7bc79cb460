/**
 * @jest-environment node
 */
// A refused join says why in words (`error`) and in a code a client can map to its own message.
import './support/esm-shims';

import { NICKNAME_MAX } from '@/lib/quiz/nickname';

import { Harness, json } from './support/game-harness';

jest.setTimeout(20_000);

const refusal = async (res: Promise<{ status: number; body: string }>) => {
  const r = await res;
  const body = JSON.parse(r.body) as { error?: unknown; code?: unknown };
  return [r.status, body.code, typeof body.error];
};

describe('join refusals carry a code', () => {
  const h = new Harness();
  beforeAll(() =>
    h.start({
      game: {
        joinPerIp: { limit: 1000, windowMs: 60_000 },
        failedJoinPerIp: { limit: 1000, windowMs: 60_000 },
        createPerIp: { limit: 1000, windowMs: 60_000 },
      },
    }),
  );
  afterAll(() => h.stop());

  const join = (code: string, nickname: string) => h.post('/api/join', { code, nickname });

  it('names an unknown code, a malformed request, and a nickname the server refuses', async () => {
    const game = await h.create();
    const other = game.code === '000000' ? '000001' : '000000';
    expect(await refusal(join(other, 'Bo'))).toEqual([404, 'game_not_found', 'string']);
    expect(await refusal(join('12ab56', 'Bo'))).toEqual([400, 'invalid_request', 'string']);
    expect(await refusal(join(game.code, '\u200B'))).toEqual([400, 'nickname_invalid', 'string']);
    expect(await refusal(join(game.code, 'x'.repeat(NICKNAME_MAX + 1)))).toEqual([400, 'nickname_invalid', 'string']);
    expect((await join(game.code, 'x'.repeat(NICKNAME_MAX))).status).toBe(201);
  });

  it('names a taken nickname, a locked lobby, a full game and a finished one', async () => {
    const game = await h.create({ maxPlayers: 1, questionCount: 1 });
    await h.join(game.code, 'Ana');
    expect(await refusal(join(game.code, 'ana'))).toEqual([409, 'nickname_taken', 'string']);
    expect(await refusal(join(game.code, 'Bo'))).toEqual([409, 'game_full', 'string']);
    await h.host(game, 'lock');
    const locked = await join(game.code, 'Cy');
    expect([locked.status, json(locked).code, json(locked).error]).toEqual([403, 'lobby_locked', 'the lobby is locked']);
    await h.host(game, 'unlock');
    await h.host(game, 'end');
    expect(await refusal(join(game.code, 'Dee'))).toEqual([409, 'game_over', 'string']);
  });

  it('names a nickname the host removed, and its look-alikes', async () => {
    const game = await h.create();
    const bo = await h.join(game.code, 'Bo');
    await h.host(game, 'kick', { playerId: bo.playerId });
    expect(await refusal(join(game.code, 'BO'))).toEqual([403, 'nickname_removed', 'string']);
  });

  it('keeps other endpoints as they were: `error` only', async () => {
    const game = await h.create();
    const res = await h.post(`/api/games/${game.gameId}/host`, { type: 'start' }, game.hostToken);
    expect(res.status).toBe(409);
    expect(json(res)).toEqual({ error: 'nobody has joined yet' });
  });
});

describe('a rate-limited join', () => {
  const h = new Harness();
  beforeAll(() => h.start({ game: { joinPerIp: { limit: 1, windowMs: 60_000 } } }));
  afterAll(() => h.stop());

  it('says rate_limited', async () => {
    expect((await h.post('/api/join', { code: '999999', nickname: 'a' })).status).toBe(404);
    expect(await refusal(h.post('/api/join', { code: '999999', nickname: 'a' }))).toEqual([429, 'rate_limited', 'string']);
  });
});
