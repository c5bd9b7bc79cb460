/**
 * @jest-environment node
 */
// Attacks on sockets (issue 10, items 2 and 8), against a real server on 127.0.0.1.
import './support/esm-shims';

import net from 'node:net';

import { Harness, type Created, type Joined } from './support/game-harness';
import { SseClient } from './support/sse-client';

jest.setTimeout(30_000);

const minute = (limit: number) => ({ limit, windowMs: 60_000 });
const lots = { joinPerIp: minute(100_000), failedJoinPerIp: minute(100_000), createPerIp: minute(100_000) };
const streams: SseClient[] = [];
afterEach(() => streams.splice(0).forEach((s) => s.close()));

async function open(h: Harness, p: Joined, from?: string): Promise<SseClient> {
  const s = await SseClient.open(h.base, `/api/games/${p.gameId}/events?token=${p.playerToken}`, {}, from);
  streams.push(s);
  return s;
}

async function hostStream(h: Harness, g: Created): Promise<SseClient> {
  const s = await SseClient.open(h.base, `/api/games/${g.gameId}/host/events?token=${g.hostToken}`);
  streams.push(s);
  return s;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('event streams per token, per address and in all', () => {
  const h = new Harness();
  beforeAll(() => h.start({ game: { ...lots, streams: { perToken: 2, perIp: 4, total: 8 } } }));
  afterAll(() => h.stop());

  it('keeps at most two streams per token: a new one replaces the oldest, which is told so', async () => {
    const game = await h.create();
    const ana = await h.join(game.code, 'Ana');
    const list: SseClient[] = [];
    for (let i = 0; i < 4; i++) {
      const s = await open(h, ana, '127.0.4.1');
      await s.waitFor('snapshot');
      list.push(s);
    }
    await list[1]!.waitFor('replaced');
    await sleep(50);
    expect(list.map((s) => s.ended)).toEqual([true, true, false, false]);
    expect(list[0]!.named('replaced')).toHaveLength(1);
  });

  it('refuses a stream past the per-address cap with 429; on a full server, the address holding the most gives way or gets 503', async () => {
    const game = await h.create({ maxPlayers: 20 });
    const players = await Promise.all(Array.from({ length: 11 }, (_, i) => h.join(game.code, `p${i}`)));
    const fromA = await Promise.all(players.slice(0, 5).map((p) => open(h, p, '127.0.5.1')));
    expect(fromA.map((s) => s.status)).toEqual([200, 200, 200, 200, 429]);
    expect(JSON.parse(fromA[4]!.raw)).toEqual({ error: 'too many open event streams from this address; close some tabs or wait' });
    await Promise.all(fromA.slice(0, 4).map((s) => s.waitFor('snapshot')));
    // 4 from A and 4 phones fill the 8 streams; a fifth phone still gets in: A's oldest stream makes room.
    const phones = [];
    for (const [i, p] of players.slice(5, 10).entries()) phones.push(await open(h, p, `127.0.5.${i + 2}`));
    expect(phones.map((s) => s.status)).toEqual([200, 200, 200, 200, 200]);
    await sleep(100);
    expect(fromA.slice(0, 4).map((s) => s.ended)).toEqual([true, false, false, false]);
    expect(fromA[0]!.named('replaced')).toHaveLength(0);
    // A (3 streams) no longer holds two more than anyone: another stream from A is refused.
    const more = await open(h, players[10]!, '127.0.5.1');
    expect(more.status).toBe(503);
    expect(JSON.parse(more.raw)).toEqual({ error: 'this server has too many open event streams; try again in a minute' });
    // Everything else still works for everyone.
    expect((await h.get('/')).status).toBe(200);
    expect((await h.post('/api/join', { code: game.code, nickname: 'late' })).status).toBe(201);
  });
});

describe('a flapping stream', () => {
  const h = new Harness();
  beforeAll(() => h.start({ game: lots }));
  afterAll(() => h.stop());

  it('costs the host screen a handful of presence events, not one per open and close', async () => {
    const game = await h.create();
    const host = await hostStream(h, game);
    const ana = await h.join(game.code, 'Ana');
    await host.waitFor('player-joined');
    for (let i = 0; i < 300; i++) {
      const s = await SseClient.open(h.base, `/api/games/${game.gameId}/events?token=${ana.playerToken}`);
      await s.waitFor('snapshot');
      s.close();
    }
    // After the flapping, the last state (gone) reaches the host within the coalescing interval.
    const gone = await host.waitFor('player-connection', (d: { connected: boolean }) => !d.connected, 3000, host.events.length - 1);
    await sleep(1200);
    const changes = host.named('player-connection');
    expect(changes.length).toBeLessThanOrEqual(12);
    expect(changes.at(-1)).toBe(gone);
  });
});

describe('request timeouts', () => {
  const h = new Harness();
  beforeAll(() => h.start({ game: lots, http: { requestTimeoutMs: 6000, timeoutCheckMs: 500 } }));
  afterAll(() => h.stop());

  it('cuts a body trickled one byte per 5 seconds', async () => {
    const { port } = new URL(h.base);
    const socket = net.connect(Number(port), '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString()));
    const closed = new Promise<number>((resolve) => socket.on('close', () => resolve(Date.now())));
    const started = Date.now();
    socket.write('POST /api/join HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 40\r\n\r\n');
    const body = '{"code":"123456","nickname":"slow"}     ';
    let i = 0;
    const drip = setInterval(() => !socket.destroyed && socket.write(body[i++] ?? ' '), 5000);
    try {
      const at = await Promise.race([closed, sleep(12_000).then(() => undefined)]);
      expect(at).toBeDefined();
      expect(at! - started).toBeLessThan(9000);
      expect(answer).toMatch(/^HTTP\/1\.1 408/);
    } finally {
      clearInterval(drip);
      socket.destroy();
    }
  });
});
