/**
 * @jest-environment node
 */
import './support/esm-shims';

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { choiceCards } from './support/cards';
import { request } from './support/http';
import { spawnServer, type ChildServer } from './support/spawn-server';
import { SseClient } from './support/sse-client';

const REDIS_URL = process.env.REDIS_URL;
if (!REDIS_URL)
  console.warn('REDIS_URL is unset: skipping the two-process Redis game test (set REDIS_URL=redis://127.0.0.1:6379 to run it)');
const maybe = REDIS_URL ? it : it.skip;

jest.setTimeout(60_000);

describe('one game served by two processes through Redis', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'quiz-out-'));
  let a: ChildServer | undefined;
  let b: ChildServer | undefined;
  const streams: SseClient[] = [];

  afterAll(async () => {
    streams.forEach((s) => s.close());
    await Promise.all([a?.stop(), b?.stop()]);
    rmSync(out, { recursive: true, force: true });
  });

  maybe('runs with the host on process A and the players on process B, and survives losing A', async () => {
    writeFileSync(path.join(out, 'index.html'), '<h1>home</h1>');
    const env = { REDIS_URL: REDIS_URL!, OUT_DIR: out };
    [a, b] = await Promise.all([spawnServer(env), spawnServer(env)]);
    const post = (base: string, url: string, body: unknown, token?: string) =>
      request(base, 'POST', url, body, token ? { authorization: `Bearer ${token}` } : {}).then((r) => ({
        status: r.status,
        body: JSON.parse(r.body),
      }));

    const created = await post(a.url, '/api/games', {
      cards: choiceCards(3),
      settings: { questionCount: 2, secondsPerQuestion: 5, previewSeconds: 1 },
    });
    expect(created.status).toBe(201);
    const game = created.body as { gameId: string; code: string; hostToken: string };
    const host = await SseClient.open(a.url, `/api/games/${game.gameId}/host/events?token=${game.hostToken}`);
    streams.push(host);

    const players = [];
    for (const nickname of ['Ana', 'Bo', 'Cy']) {
      const joined = await post(b.url, '/api/join', { code: game.code, nickname });
      expect(joined.status).toBe(201);
      const p = joined.body as { playerId: string; playerToken: string };
      const stream = await SseClient.open(b.url, `/api/games/${game.gameId}/events?token=${p.playerToken}`);
      streams.push(stream);
      players.push({ ...p, stream });
    }
    await host.waitFor('player-joined', (d: { nickname: string }) => d.nickname === 'Cy');
    expect((await post(b.url, '/api/join', { code: game.code, nickname: 'ana' })).status).toBe(409);

    expect((await post(a.url, `/api/games/${game.gameId}/host`, { type: 'start' }, game.hostToken)).status).toBe(200);
    const open = (await players[0]!.stream.waitFor('question-open')).data as { options: string[] };
    const right = open.options.findIndex((o) => o.startsWith('Option R'));
    expect((await post(b.url, `/api/games/${game.gameId}/answer`, { index: 0, option: right }, players[0]!.playerToken)).status).toBe(200);
    expect(
      (await post(a.url, `/api/games/${game.gameId}/answer`, { index: 0, option: (right + 1) % 4 }, players[1]!.playerToken)).status,
    ).toBe(200);
    const dup = await post(b.url, `/api/games/${game.gameId}/answer`, { index: 0, option: right }, players[1]!.playerToken);
    expect([dup.status, dup.body.error]).toEqual([409, 'already answered']);
    await host.waitFor('answer-count', (d: { answered: number }) => d.answered === 2);

    // Cy never answers: process A's timer closes the question for everyone.
    const reveals = await Promise.all(players.map((p) => p.stream.waitFor('reveal', () => true, 10_000)));
    expect(reveals.map((r) => (r.data as { you: { correct: boolean } }).you.correct)).toEqual([true, false, false]);
    await host.waitFor('reveal');
    const rejoin = await post(a.url, '/api/rejoin', { token: players[2]!.playerToken });
    expect(rejoin.body).toMatchObject({ nickname: 'Cy', gameId: game.gameId });

    // Process A dies; B takes over the timers once A's lease runs out, and the host moves to B.
    await a.stop('SIGKILL');
    const host2 = await SseClient.open(b.url, `/api/games/${game.gameId}/host/events?token=${game.hostToken}`);
    streams.push(host2);
    expect((await host2.waitFor('snapshot')).data).toMatchObject({ phase: 'reveal' });
    expect((await post(b.url, `/api/games/${game.gameId}/host`, { type: 'next' }, game.hostToken)).body).toMatchObject({
      phase: 'leaderboard',
    });
    expect((await post(b.url, `/api/games/${game.gameId}/host`, { type: 'next' }, game.hostToken)).body).toMatchObject({
      phase: 'preview',
    });
    await players[2]!.stream.waitFor('question-open', (d: { index: number }) => d.index === 1, 15_000);
  });
});
