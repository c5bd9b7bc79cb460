/**
 * @jest-environment node
 */
import './support/esm-shims';

import { Harness, json, type Created, type Joined } from './support/game-harness';
import { SseClient } from './support/sse-client';

jest.setTimeout(30_000);

const h = new Harness();
const streams: SseClient[] = [];
beforeAll(() => h.start({ game: { createPerIp: { limit: 1000, windowMs: 60_000 } } }));
afterEach(() => streams.splice(0).forEach((s) => s.close()));
afterAll(() => h.stop());

async function playerStream(p: Joined, headers: Record<string, string> = {}, query = ''): Promise<SseClient> {
  const s = await SseClient.open(h.base, `/api/games/${p.gameId}/events?token=${p.playerToken}${query}`, headers);
  streams.push(s);
  return s;
}

async function hostStream(g: Created, headers: Record<string, string> = {}): Promise<SseClient> {
  const s = await SseClient.open(h.base, `/api/games/${g.gameId}/host/events?token=${g.hostToken}`, headers);
  streams.push(s);
  return s;
}

type Open = { index: number; options: string[] };
type Reveal = {
  index: number;
  correct: number;
  counts: number[];
  you: { correct: boolean; points: number; rank: number; score: number } | null;
};

describe('live games: play', () => {
  it('plays a game to the podium over SSE, with results, points and rank after each question', async () => {
    const game = await h.create({ questionCount: 2, previewSeconds: 1 });
    const host = await hostStream(game);
    expect(host.status).toBe(200);
    expect(host.headers['content-type']).toMatch(/text\/event-stream/);
    expect(host.headers['x-content-type-options']).toBe('nosniff');
    await host.waitFor('snapshot', (d: { phase: string }) => d.phase === 'lobby');
    const ana = await h.join(game.code, 'Ana');
    const bo = await h.join(game.code, 'Bo');
    const [sa, sb] = [await playerStream(ana), await playerStream(bo)];
    await host.waitFor('player-joined', (d: { nickname: string }) => d.nickname === 'Bo');
    expect(json(await h.host(game, 'start'))).toMatchObject({ phase: 'preview' });
    await sa.waitFor('question-preview');
    const open = (await sa.waitFor('question-open')).data as Open;
    expect(open.options).toHaveLength(4);
    const rightText = open.options.find((o) => o.startsWith('Option R'));
    const right = open.options.indexOf(rightText!);
    const ack = await h.answer(ana, 0, right);
    expect([ack.status, json(ack)]).toEqual([200, { accepted: true, index: 0, option: right }]);
    expect(json(await h.answer(ana, 0, right)).error).toBe('already answered');
    await sa.waitFor('answer-locked');
    await host.waitFor('answer-count', (d: { answered: number }) => d.answered === 1);
    await h.answer(bo, 0, (right + 1) % 4);
    const ra = (await sa.waitFor('reveal')).data as Reveal;
    const rb = (await sb.waitFor('reveal')).data as Reveal;
    expect(ra).toMatchObject({ correct: right, you: { correct: true, rank: 1 } });
    expect(ra.you!.points).toBeGreaterThanOrEqual(500);
    expect(rb).toMatchObject({ correct: right, you: { correct: false, points: 0, rank: 2 } });
    await h.host(game, 'next');
    expect((await sb.waitFor('leaderboard')).data).toMatchObject({ you: { rank: 2 }, top: [{ nickname: 'Ana' }, { nickname: 'Bo' }] });
    await h.host(game, 'next');
    await sa.waitFor('question-open', (d: Open) => d.index === 1);
    await h.host(game, 'end');
    expect((await sa.waitFor('podium')).data).toMatchObject({ you: { rank: 1 } });
    await host.waitFor('podium');
    const report = json(await h.get(`/api/games/${game.gameId}/report`, game.hostToken));
    expect(report).toMatchObject({
      phase: 'podium',
      players: [
        { nickname: 'Ana', rank: 1 },
        { nickname: 'Bo', rank: 2 },
      ],
    });
    expect((report.questions as unknown[]).length).toBe(2);
  });

  it('times answers itself: the server reveals at the deadline and refuses late answers', async () => {
    const game = await h.create({ questionCount: 1, secondsPerQuestion: 5, previewSeconds: 1 });
    const ana = await h.join(game.code, 'Ana');
    const bo = await h.join(game.code, 'Bo');
    const sa = await playerStream(ana);
    const early = await h.answer(ana, 0, 0);
    expect([early.status, json(early).error]).toEqual([409, 'answers are not open']);
    await h.host(game, 'start');
    await sa.waitFor('question-open', () => true, 3000);
    const opened = Date.now();
    const reveal = await sa.waitFor('reveal', () => true, 8000);
    const elapsed = Date.now() - opened;
    expect(elapsed).toBeGreaterThanOrEqual(5000);
    expect(elapsed).toBeLessThan(5900);
    expect((reveal.data as Reveal).you).toMatchObject({ correct: false, points: 0 });
    const late = await h.answer(bo, 0, 0);
    expect([late.status, json(late).error]).toEqual([409, 'answers are not open']);
  });

  it('replays missed events after Last-Event-ID and sends a snapshot to a fresh stream', async () => {
    const game = await h.create({ questionCount: 2 });
    const ana = await h.join(game.code, 'Ana');
    const bo = await h.join(game.code, 'Bo');
    const first = await playerStream(ana);
    await first.waitFor('snapshot');
    await h.host(game, 'start');
    await first.waitFor('question-open');
    const lastId = first.lastId()!;
    first.close();
    await h.host(game, 'next');
    await h.host(game, 'next');
    const again = await playerStream(ana, { 'last-event-id': lastId });
    const board = await again.waitFor('leaderboard');
    expect(again.named('snapshot')).toHaveLength(0);
    expect(again.events.map((e) => e.event)).toEqual(['reveal', 'leaderboard'].slice(0, again.events.length));
    expect(Number(again.events[0]!.id)).toBeGreaterThan(Number(lastId));
    expect(Number(board.id)).toBeGreaterThan(Number(again.events[0]!.id));
    const viaQuery = await playerStream(ana, {}, `&lastEventId=${lastId}`);
    await viaQuery.waitFor('leaderboard');
    const fresh = await playerStream(bo);
    expect((await fresh.waitFor('snapshot')).data).toMatchObject({ phase: 'leaderboard', you: { nickname: 'Bo' } });
    const tooNew = await playerStream(bo, { 'last-event-id': '999999' });
    expect((await tooNew.waitFor('snapshot')).data).toMatchObject({ phase: 'leaderboard' });
  });

  it('keeps the score across a dropped connection and a rejoin', async () => {
    const game = await h.create({ questionCount: 2 });
    const ana = await h.join(game.code, 'Ana');
    const host = await hostStream(game);
    await h.host(game, 'start');
    const s1 = await playerStream(ana);
    const open = (await s1.waitFor('snapshot')).data as { question: Open };
    const right = open.question.options.findIndex((o) => o.startsWith('Option R'));
    await h.answer(ana, 0, right);
    const score = ((await s1.waitFor('reveal')).data as Reveal).you!.score;
    s1.close();
    await host.waitFor('player-connection', (d: { connected: boolean }) => !d.connected);
    const rejoin = json(await h.post('/api/rejoin', { token: ana.playerToken }));
    expect(rejoin).toMatchObject({ playerId: ana.playerId, gameId: game.gameId });
    const s2 = await playerStream(ana);
    expect((await s2.waitFor('snapshot')).data).toMatchObject({ phase: 'reveal', you: { score, rank: 1 }, last: { correct: true } });
    await host.waitFor('player-connection', (d: { connected: boolean }) => d.connected);
  });

  it('tells the players when the host drops and comes back, and the game goes on', async () => {
    const game = await h.create({ questionCount: 1 });
    const ana = await h.join(game.code, 'Ana');
    const sa = await playerStream(ana);
    const host1 = await hostStream(game);
    await host1.waitFor('snapshot');
    host1.close();
    await sa.waitFor('host-connection', (d: { connected: boolean }) => !d.connected);
    const host2 = await hostStream(game);
    expect((await host2.waitFor('snapshot')).data).toMatchObject({ phase: 'lobby', players: [{ nickname: 'Ana', connected: true }] });
    await sa.waitFor('host-connection', (d: { connected: boolean }) => d.connected);
    await h.host(game, 'start');
    await sa.waitFor('question-open');
  });

  it('kicks a player: their stream ends, their token stops working, and the others play on', async () => {
    const game = await h.create();
    const ana = await h.join(game.code, 'Ana');
    const bo = await h.join(game.code, 'Bo');
    const sb = await playerStream(bo);
    await sb.waitFor('snapshot');
    expect((await h.host(game, 'kick', { playerId: bo.playerId })).status).toBe(200);
    expect((await sb.waitFor('removed')).data).toMatchObject({ reason: 'kicked' });
    await new Promise((r) => setTimeout(r, 50));
    expect(sb.ended).toBe(true);
    expect((await h.post('/api/rejoin', { token: bo.playerToken })).status).toBe(403);
    expect((await h.get(`/api/games/${game.gameId}/events?token=${bo.playerToken}`)).status).toBe(403);
    expect((await h.host(game, 'kick', { playerId: 'nobody' })).status).toBe(404);
    await h.host(game, 'start');
    expect((await h.answer(bo, 0, 0)).status).toBe(403);
    expect((await h.answer(ana, 0, 0)).status).toBe(200);
  });

  it('refuses bad answers with a reason', async () => {
    const game = await h.create();
    const ana = await h.join(game.code, 'Ana');
    await h.join(game.code, 'Bo');
    await h.host(game, 'start');
    const other = await h.create();
    const cases: Array<[unknown, string | undefined, number]> = [
      [{ index: 0, option: 9 }, ana.playerToken, 400],
      [{ index: 0 }, ana.playerToken, 400],
      [{ index: 0, option: 0, extra: 1 }, ana.playerToken, 400],
      [{ index: 1, option: 0 }, ana.playerToken, 409],
      [{ index: 0, option: 0 }, undefined, 401],
      [{ index: 0, option: 0 }, other.hostToken, 401],
    ];
    for (const [body, token, status] of cases) {
      const res = await h.post(`/api/games/${game.gameId}/answer`, body, token);
      expect([res.status, typeof json(res).error]).toEqual([status, 'string']);
    }
    expect((await h.post(`/api/games/${other.gameId}/answer`, { index: 0, option: 0 }, ana.playerToken)).status).toBe(401);
  });

  it('lets a player leave mid-question and closes the question when the rest have answered', async () => {
    const game = await h.create();
    const ana = await h.join(game.code, 'Ana');
    const bo = await h.join(game.code, 'Bo');
    const sa = await playerStream(ana);
    await h.host(game, 'start');
    await sa.waitFor('question-open');
    await h.answer(ana, 0, 0);
    expect((await h.post(`/api/games/${game.gameId}/leave`, undefined, bo.playerToken)).status).toBe(200);
    expect((await sa.waitFor('reveal')).data).toMatchObject({ answered: 1 });
  });
});
