/**
 * @jest-environment node
 */
import './support/esm-shims';

import { Harness, choiceCards, json } from './support/game-harness';
import { request } from './support/http';
import { LOOPBACK_ONLY } from './support/interfaces';
import { SseClient } from './support/sse-client';

jest.setTimeout(20_000);

describe('live games: create and join', () => {
  const h = new Harness();
  // No network but loopback, so the join URL is the address the test called (join-links.test.ts has the rest).
  beforeAll(() =>
    h.start({
      game: {
        joinPerIp: { limit: 1000, windowMs: 60_000 },
        createPerIp: { limit: 1000, windowMs: 60_000 },
        networkInterfaces: () => LOOPBACK_ONLY,
      },
    }),
  );
  afterAll(() => h.stop());

  it('creates a game with a host token, a 6-digit code, a join URL and a QR code', async () => {
    const game = await h.create({ questionCount: 3 });
    expect(game.hostToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(game.hostToken, 'base64url')).toHaveLength(32);
    expect(game.code).toMatch(/^\d{6}$/);
    expect(game.joinUrl).toBe(`${h.base}/play?code=${game.code}`);
    expect(game.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    expect(game.questionCount).toBe(3);
    const qr = await h.get(`/api/games/${game.gameId}/qr.svg`);
    expect(qr.status).toBe(200);
    expect(qr.headers['content-type']).toMatch(/image\/svg\+xml/);
    expect(qr.headers['x-content-type-options']).toBe('nosniff');
  });

  it('gives every live game its own code', async () => {
    const codes = new Set<string>();
    for (let i = 0; i < 30; i++) codes.add((await h.create()).code);
    expect(codes.size).toBe(30);
  });

  it('accepts quiz-card input and filters by the chosen decks', async () => {
    const cards = [
      ...choiceCards(2, 'runc'),
      { id: 'q1', deckId: 'cri', prompt: 'What is CRI?', choices: ['an API', 'a shim'], correct: 0 },
    ];
    const res = await h.post('/api/games', { decks: ['cri'], cards, settings: { questionCount: 10 } });
    expect(res.status).toBe(201);
    expect(json(res).questionCount).toBe(1);
    const none = await h.post('/api/games', { decks: ['nope'], cards });
    expect(none.status).toBe(400);
    expect(json(none).error).toMatch(/no playable/);
  });

  it.each([
    ['no body', undefined, 400],
    ['not an object', '[1,2]', 400],
    ['no cards', { cards: [] }, 400],
    ['unknown setting', { cards: choiceCards(1), settings: { bogus: 1 } }, 400],
    ['too few seconds', { cards: choiceCards(1), settings: { secondsPerQuestion: 1 } }, 400],
    ['too many players', { cards: choiceCards(1), settings: { maxPlayers: 201 } }, 400],
    ['one team', { cards: choiceCards(1), settings: { teamCount: 1 } }, 400],
    [
      'too many cards',
      { cards: Array.from({ length: 501 }, (_, i) => ({ id: `c${i}`, deckId: 'd', prompt: 'p', choices: ['a', 'b'], correct: 0 })) },
      400,
    ],
    [
      'two right options',
      {
        cards: [
          {
            ...choiceCards(1)[0],
            choices: [
              { text: 'a', correct: true },
              { text: 'b', correct: true },
            ],
          },
        ],
      },
      400,
    ],
    ['huge prompt', { cards: [{ ...choiceCards(1)[0], prompt: 'x'.repeat(501) }] }, 400],
    [
      'huge option',
      {
        cards: [
          {
            ...choiceCards(1)[0],
            choices: [
              { text: 'x'.repeat(201), correct: true },
              { text: 'b', correct: false },
            ],
          },
        ],
      },
      400,
    ],
    [
      'a region short of the choices',
      {
        cards: [
          { id: 'd', deckId: 'p', prompt: 'Tap it.', choices: ['a', 'b', 'c'], correct: 0, diagram: { id: 'pic', regions: ['ra', 'rb'] } },
        ],
      },
      400,
    ],
    [
      'unknown keys in a diagram',
      {
        cards: [
          {
            id: 'd',
            deckId: 'p',
            prompt: 'Tap it.',
            choices: ['a', 'b'],
            correct: 0,
            diagram: { id: 'pic', regions: ['ra', 'rb'], svg: '<svg/>' },
          },
        ],
      },
      400,
    ],
  ])('refuses a create request with %s', async (_name, body, status) => {
    const res = await h.post('/api/games', body, undefined, body === undefined ? { 'content-type': 'application/json' } : {});
    expect(res.status).toBe(status);
    expect(typeof json(res).error).toBe('string');
  });

  it('refuses oversized, malformed and non-JSON bodies with a JSON reason', async () => {
    const huge = await h.post('/api/games', JSON.stringify({ cards: choiceCards(1), pad: 'x'.repeat(1_100_000) }));
    expect(huge.status).toBe(413);
    expect(json(huge).error).toBeTruthy();
    const broken = await h.post('/api/games', '{"cards": [');
    expect(broken.status).toBe(400);
    expect(json(broken).error).toBeTruthy();
    const text = await h.post('/api/join', 'code=1', undefined, { 'content-type': 'application/xml' });
    expect(text.status).toBe(415);
    expect(json(text).error).toBeTruthy();
    const bigJoin = await h.post('/api/join', { code: '123456', nickname: 'x'.repeat(3000) });
    expect(bigJoin.status).toBe(413);
  });

  it('cleans nicknames and keeps them unique per game', async () => {
    const game = await h.create();
    const ana = await h.join(game.code, '  Ａna ');
    expect(ana.nickname).toBe('Ana');
    expect(ana.playerToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const taken = await h.post('/api/join', { code: game.code, nickname: 'ANA' });
    expect([taken.status, json(taken).error]).toEqual([409, 'nickname taken']);
    const blank = await h.post('/api/join', { code: game.code, nickname: '\u200B\u200C' });
    expect(blank.status).toBe(400);
    const hidden = await h.post('/api/join', { code: game.code, nickname: 'Bo\u200B' });
    expect([hidden.status, json(hidden).error]).toEqual([400, 'nickname may not contain invisible or control characters']);
    const long = await h.post('/api/join', { code: game.code, nickname: 'x'.repeat(21) });
    expect(long.status).toBe(400);
    const unknown = await h.post('/api/join', { code: game.code === '000000' ? '000001' : '000000', nickname: 'Bo' });
    expect([unknown.status, json(unknown).error]).toEqual([404, 'no game with this code']);
    const badCode = await h.post('/api/join', { code: '12ab56', nickname: 'Bo' });
    expect(badCode.status).toBe(400);
  });

  it('rejoins with the token only and keeps the player', async () => {
    const game = await h.create();
    const ana = await h.join(game.code, 'Ana');
    const again = await h.post('/api/rejoin', { token: ana.playerToken });
    expect(again.status).toBe(200);
    expect(json(again)).toMatchObject({ gameId: game.gameId, playerId: ana.playerId, nickname: 'Ana' });
    const forged = await h.post('/api/rejoin', { token: 'A'.repeat(43) });
    expect(forged.status).toBe(401);
    const byName = await h.post('/api/rejoin', { nickname: 'Ana', code: game.code });
    expect(byName.status).toBe(400);
  });

  it('stops joins at the player cap (200 by default) and when locked', async () => {
    const game = await h.create();
    const joins = await Promise.all(Array.from({ length: 200 }, (_, i) => h.post('/api/join', { code: game.code, nickname: `p${i}` })));
    expect(joins.every((r) => r.status === 201)).toBe(true);
    const full = await h.post('/api/join', { code: game.code, nickname: 'one-too-many' });
    expect([full.status, json(full).error]).toEqual([409, 'the game is full']);
    const small = await h.create({ maxPlayers: 5 });
    expect((await h.host(small, 'lock')).status).toBe(200);
    const locked = await h.post('/api/join', { code: small.code, nickname: 'late' });
    expect([locked.status, json(locked).error]).toEqual([403, 'the lobby is locked']);
    await h.host(small, 'unlock');
    expect((await h.post('/api/join', { code: small.code, nickname: 'late' })).status).toBe(201);
  });

  it('demands the host token for host commands and streams', async () => {
    const game = await h.create();
    const ana = await h.join(game.code, 'Ana');
    expect((await h.post(`/api/games/${game.gameId}/host`, { type: 'start' })).status).toBe(401);
    expect((await h.post(`/api/games/${game.gameId}/host`, { type: 'start' }, ana.playerToken)).status).toBe(401);
    expect((await h.get(`/api/games/${game.gameId}/host/events?token=${ana.playerToken}`)).status).toBe(401);
    expect((await h.get(`/api/games/${game.gameId}/report`)).status).toBe(401);
    expect((await h.host(game, 'dance')).status).toBe(400);
    expect((await h.post(`/api/games/not-a-game/host`, { type: 'start' }, game.hostToken)).status).toBe(404);
    expect((await h.post(`/api/games/${'A'.repeat(22)}/host`, { type: 'start' }, game.hostToken)).status).toBe(404);
  });
});

describe('live games: rate limits', () => {
  const h = new Harness();
  beforeAll(() => h.start({ game: { joinPerIp: { limit: 5, windowMs: 60_000 } } }));
  afterAll(() => h.stop());

  it('limits join attempts per address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await h.post('/api/join', { code: '999999', nickname: `g${i}` })).status);
    expect(statuses).toEqual([404, 404, 404, 404, 404, 429, 429]);
  });
});

describe('live games: failed joins cost the sender, not the game', () => {
  const h = new Harness();
  beforeAll(() =>
    h.start({
      game: {
        joinPerIp: { limit: 30, windowMs: 60_000 },
        failedJoinPerIp: { limit: 10, windowMs: 60_000 },
        failedJoinGlobal: { limit: 1000, windowMs: 60_000 },
      },
    }),
  );
  afterAll(() => h.stop());

  it('keeps letting real players in while 40 other addresses send 400 refused joins to the same code', async () => {
    const game = await h.create();
    await h.join(game.code, 'taken');
    const attackers = Array.from({ length: 40 }, (_, i) => `127.0.1.${i + 1}`);
    const statuses: number[] = [];
    for (let round = 0; round < 10; round++) {
      const results = await Promise.all(
        attackers.map((from) => h.post('/api/join', { code: game.code, nickname: 'taken' }, undefined, {}, from)),
      );
      statuses.push(...results.map((r) => r.status));
    }
    expect(statuses.filter((s) => s === 409)).toHaveLength(400);
    for (let i = 0; i < 5; i++)
      expect((await h.post('/api/join', { code: game.code, nickname: `real ${i}` }, undefined, {}, `127.0.2.${i + 1}`)).status).toBe(201);
    // The senders are the ones who pay: one more refused join and each attacker is blocked.
    const after = await h.post('/api/join', { code: game.code, nickname: 'taken' }, undefined, {}, attackers[0]);
    expect(after.status).toBe(429);
    expect(after.headers['retry-after']).toBe('60');
  });
});

describe('live games: expiry', () => {
  const h = new Harness();
  beforeAll(() => h.start({ game: { gameTtlMs: 300, sweepIntervalMs: 50 } }));
  afterAll(() => h.stop());

  it('deletes expired games, frees their code and closes their streams', async () => {
    const game = await h.create();
    const ana = await h.join(game.code, 'Ana');
    const stream = await SseClient.open(h.base, `/api/games/${game.gameId}/events?token=${ana.playerToken}`);
    await stream.waitFor('snapshot');
    await stream.waitFor('expired', () => true, 3000);
    await new Promise((r) => setTimeout(r, 100));
    expect(stream.ended).toBe(true);
    expect((await h.post('/api/join', { code: game.code, nickname: 'Bo' })).status).toBe(404);
    expect((await h.post('/api/rejoin', { token: ana.playerToken })).status).toBe(401);
    expect((await h.get(`/api/games/${game.gameId}/qr.svg`)).status).toBe(404);
  });
});

describe('live games: bad requests', () => {
  const h = new Harness();
  beforeAll(() => h.start({ game: { joinPerIp: { limit: 10_000, windowMs: 60_000 } } }));
  afterAll(() => h.stop());

  it('answers every malformed request with a 4xx JSON reason and keeps serving', async () => {
    const game = await h.create();
    const ana = await h.join(game.code, 'Ana');
    const bodies: unknown[] = [
      null,
      0,
      'x',
      [],
      {},
      { type: null },
      { code: 123456 },
      { nickname: {} },
      { index: -1, option: 0 },
      { token: 5 },
      { __proto__: { type: 'start' } },
      { constructor: { prototype: {} } },
      { type: 'kick', playerId: 'x'.repeat(500) },
    ];
    const urls = [
      '/api/games',
      '/api/join',
      '/api/rejoin',
      `/api/games/${game.gameId}/host`,
      `/api/games/${game.gameId}/answer`,
      '/api/games/%00/answer',
      '/api/games/../host',
    ];
    for (const url of urls) {
      for (const body of bodies) {
        const res = await h.post(url, JSON.stringify(body), url.includes('answer') ? ana.playerToken : game.hostToken);
        expect(res.status).toBeGreaterThanOrEqual(400);
        expect(res.status).toBeLessThan(500);
        expect(typeof json(res).error).toBe('string');
      }
    }
    for (const url of [
      '/api/games/x/events',
      `/api/games/${game.gameId}/events?token=`,
      `/api/games/${game.gameId}/host/events?token=${'A'.repeat(43)}`,
      '/api/games/x/report',
    ]) {
      const res = await h.get(url);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(typeof json(res).error).toBe('string');
    }
    const head = await request(h.base, 'HEAD', `/api/games/${game.gameId}/events?token=${ana.playerToken}`);
    expect(head.status).toBe(404);
    expect((await h.post('/api/rejoin', { token: ana.playerToken })).status).toBe(200);
  });
});
