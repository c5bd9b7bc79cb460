// The attacks of issue 10, each bounded in count and time, all on loopback. Each returns a table
// row: what was sent, and what the server answered.
import net from 'node:net';

import { SseClient } from '../../__tests__/server/support/sse-client';

import { address, pool, post, sleep } from './net';

export interface Row {
  attack: string;
  sent: number;
  outcome: string;
}

export interface AttackerGame {
  gameId: string;
  code: string;
  hostToken: string;
}

export interface Tokens {
  games: AttackerGame[];
  players: Array<{ gameId: string; token: string }>;
}

const count = (statuses: number[]) => {
  const by = new Map<number, number>();
  for (const s of statuses) by.set(s, (by.get(s) ?? 0) + 1);
  return [...by.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([s, n]) => `${n}×${s || 'error'}`)
    .join(' ');
};
const status = (p: Promise<{ status: number }>) =>
  p.then(
    (r) => r.status,
    () => 0,
  );
const smallGame = {
  cards: Array.from({ length: 3 }, (_, i) => ({ id: `a${i}`, deckId: 'a', prompt: `A${i}?`, choices: ['x', 'y'], correct: 0 })),
  settings: { previewSeconds: 0 },
};

/**
 * Games of the attacker's own, full of players (from 25 joins per address): tokens to abuse. One
 * more game, left empty, is for the join/leave cycles.
 */
export async function attackerTokens(base: string, games: number, perGame: number): Promise<Tokens> {
  const created = await pool(games + 1, 4, (i) => post(base, '/api/games', smallGame, { from: address(30, i) }));
  const list = created.map((r) => r.body as unknown as AttackerGame);
  const joins = await pool(games * perGame, 32, (i) => {
    const game = list[Math.floor(i / perGame)] as AttackerGame;
    return post(base, '/api/join', { code: game.code, nickname: `bot ${i}` }, { from: address(31, Math.floor(i / 25)) }).then((r) => ({
      gameId: game.gameId,
      token: r.body.playerToken as string,
      ok: r.status === 201,
    }));
  });
  return { games: list, players: joins.filter((j) => j.ok) };
}

/** Max-size games (100 questions, 500-character prompts, 8 options of 200) from 300 addresses. */
export async function createFlood(base: string, readRssMb: () => number): Promise<Row & { rssMb: number }> {
  const cards = Array.from({ length: 100 }, (_, i) => ({
    id: `big-${i}`,
    deckId: 'big',
    prompt: `${i} ${'p'.repeat(490)}`,
    choices: Array.from({ length: 8 }, (_, k) => `${k}${'o'.repeat(199)}`),
    correct: 0,
  }));
  const body = JSON.stringify({ cards, settings: { questionCount: 100 } });
  const deadline = Date.now() + 30_000;
  const statuses = await pool(3000, 16, async (i) =>
    Date.now() > deadline ? -1 : status(post(base, '/api/games', body, { from: address(40, i % 300) })),
  );
  const sent = statuses.filter((s) => s !== -1);
  const rssMb = readRssMb();
  return {
    attack: 'create flood (max-size games, 300 addresses)',
    sent: sent.length,
    outcome: `${count(sent)}; server peak RSS ${rssMb.toFixed(0)} MB`,
    rssMb,
  };
}

/** One token opened 1,000 times; 300 streams from one address; then everything at once. */
export async function streamFlood(base: string, tokens: Tokens, probe: () => Promise<number>): Promise<Row[] & { refused: number }> {
  const open = (t: { gameId: string; token: string }, from: string) =>
    SseClient.open(base, `/api/games/${t.gameId}/events?token=${t.token}`, {}, from).catch(() => undefined);
  const all: SseClient[] = [];
  const keep = (s: SseClient | undefined) => (s === undefined ? 0 : (all.push(s), s.status));
  const one = tokens.players[0]!;
  await pool(1000, 50, async (i) => keep(await open(one, address(50, i % 50))));
  await sleep(500);
  const live = all.filter((s) => s.status === 200 && !s.ended).length;
  const perIp = await pool(300, 50, async (i) => keep(await open(tokens.players[1 + (i % 150)]!, address(51, 0))));
  const rest = tokens.players.slice(151);
  const flood = await pool(rest.length * 2, 100, async (i) => keep(await open(rest[i % rest.length]!, address(52, i % 20))));
  const probeStatus = await probe();
  const refused = [...perIp, ...flood].filter((s) => s === 429 || s === 503).length;
  all.forEach((s) => s.close());
  const rows: Row[] = [
    { attack: 'streams on one token', sent: 1000, outcome: `${live} still open (the rest replaced)` },
    { attack: 'streams from one address', sent: 300, outcome: count(perIp) },
    {
      attack: `streams from 20 addresses (${rest.length} tokens)`,
      sent: flood.length,
      outcome: `${count(flood)}; a bystander's GET / meanwhile: ${probeStatus}`,
    },
  ];
  return Object.assign(rows, { refused });
}

/** 400 refused joins (a taken nickname) at the bystander game's code from 40 addresses. */
export async function lobbyLock(base: string, code: string): Promise<Row> {
  const statuses = await pool(400, 40, (i) =>
    status(post(base, '/api/join', { code, nickname: 'player 0' }, { from: address(60, i % 40) })),
  );
  return { attack: 'refused joins at the bystander code', sent: 400, outcome: count(statuses) };
}

/** 1,200 random codes from 40 addresses. */
export async function codeGuessing(base: string): Promise<Row> {
  const statuses = await pool(1200, 40, (i) =>
    status(
      post(
        base,
        '/api/join',
        { code: String(Math.floor(Math.random() * 1e6)).padStart(6, '0'), nickname: `guess ${i}` },
        { from: address(61, i % 40) },
      ),
    ),
  );
  return { attack: 'code guessing (40 addresses)', sent: 1200, outcome: count(statuses) };
}

/** One player's stream opened and closed 2,500 times; the attacker's host screen counts presence events. */
export async function flapping(base: string, tokens: Tokens): Promise<Row> {
  const game = tokens.games[0]!;
  const player = tokens.players.find((p) => p.gameId === game.gameId)!;
  const host = await SseClient.open(base, `/api/games/${game.gameId}/host/events?token=${game.hostToken}`, {}, address(62, 0));
  await host.waitFor('snapshot');
  const deadline = Date.now() + 20_000;
  let n = 0;
  for (; n < 2500 && Date.now() < deadline; n++) {
    const s = await SseClient.open(base, `/api/games/${game.gameId}/events?token=${player.token}`, {}, address(62, 1));
    s.close();
  }
  await sleep(1500);
  const events = host.named('player-connection').length;
  host.close();
  return { attack: 'flapping stream (open/close)', sent: n, outcome: `${events} presence events to the host` };
}

/** 20 requests whose bodies trickle in one byte per 5 s; resolves when the server has cut them all. */
export function slowBodies(base: string): Promise<Row> {
  const { port } = new URL(base);
  const started = Date.now();
  const cuts = Array.from({ length: 20 }, (_, i) => {
    const socket = net.connect({ port: Number(port), host: '127.0.0.1', localAddress: address(63, i) });
    socket.on('error', () => undefined);
    socket.resume(); // read the 408, so that the server's close is seen when it happens
    socket.write('POST /api/join HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{');
    const drip = setInterval(() => socket.write(' '), 5000);
    const limit = setTimeout(() => socket.destroy(), 90_000);
    return new Promise<number>((resolve) =>
      socket.on('close', () => {
        clearInterval(drip);
        clearTimeout(limit);
        resolve(Date.now() - started);
      }),
    );
  });
  return Promise.all(cuts).then((ms) => ({
    attack: 'bodies trickled 1 byte / 5 s',
    sent: 20,
    outcome: `all cut after ${(Math.max(...ms) / 1000).toFixed(1)} s at most`,
  }));
}

/** 2,000 join/leave cycles on one attacker game; the host's command latency before and after. */
export async function joinLeave(base: string, tokens: Tokens): Promise<Row> {
  const game = tokens.games.at(-1)!;
  const lock = async () => {
    const started = performance.now();
    await post(base, `/api/games/${game.gameId}/host`, { type: 'lock' }, { token: game.hostToken, from: address(64, 0) });
    await post(base, `/api/games/${game.gameId}/host`, { type: 'unlock' }, { token: game.hostToken, from: address(64, 0) });
    return (performance.now() - started) / 2;
  };
  const before = await lock();
  await pool(2000, 20, async (i) => {
    const from = address(65, Math.floor(i / 25));
    const joined = await post(base, '/api/join', { code: game.code, nickname: `cycle ${i}` }, { from });
    if (joined.status === 201) await post(base, `/api/games/${game.gameId}/leave`, {}, { from, token: joined.body.playerToken as string });
  });
  const after = await lock();
  return { attack: 'join/leave cycles', sent: 2000, outcome: `host command ${before.toFixed(1)} ms before, ${after.toFixed(1)} ms after` };
}
