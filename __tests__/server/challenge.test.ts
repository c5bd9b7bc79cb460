/**
 * @jest-environment node
 */
// Challenge mode against the real server on 127.0.0.1, with the memory store and (when REDIS_URL is set)
// Redis: create with a deadline, join from the link, fetch questions one at a time, answer in order
// (the right answer comes back only with the recorded answer), replays, the host's live results and
// report, late answers refused after the deadline, and expiry.
import './support/esm-shims';

import Redis from 'ioredis';

import { RedisStore } from '@/server/game/redis-store';

import { choiceCards, Harness, json, type Created, type Joined } from './support/game-harness';
import { SseClient } from './support/sse-client';

jest.setTimeout(60_000);

const REDIS_URL = process.env.REDIS_URL;
if (!REDIS_URL) console.warn('REDIS_URL is unset: skipping the Redis challenge test (set REDIS_URL=redis://127.0.0.1:6379)');

const MINUTE = 60_000;
const typedCard = {
  id: 'ctr-plugins',
  deckId: 'ctr',
  kind: 'typed',
  prompt: 'Type the ctr command that lists the plugins.',
  answer: '`ctr plugins ls`',
  accept: ['ctr plugins ls'],
};
const orderCard = {
  id: 'pod-start',
  deckId: 'cri',
  kind: 'order',
  prompt: 'Order the pod start path.',
  answer: '',
  steps: ['RunPodSandbox', 'PullImage', 'CreateContainer', 'StartContainer'].map((text) => ({ text })),
};
const cards = [...choiceCards(2), typedCard, orderCard];

interface Question {
  index: number;
  kind: string;
  prompt: string;
  options: string[];
}

const kinds: Array<[string, (() => RedisStore) | undefined]> = [
  ['memory', () => undefined as unknown as RedisStore],
  ['redis', REDIS_URL ? () => new RedisStore(REDIS_URL) : undefined],
];

describe.each(kinds)('challenge on the %s store', (kind, makeStore) => {
  const maybe = makeStore === undefined ? it.skip : it;
  let h: Harness;
  let store: RedisStore | undefined;
  let clock = 0;

  beforeEach(async () => {
    clock = Date.now();
    store = kind === 'redis' ? makeStore!() : undefined;
    h = await new Harness().start({ ...(store ? { store } : {}), game: { now: () => clock, sweepIntervalMs: 50 } });
  });
  afterEach(async () => {
    await h?.stop();
    await store?.close();
  });

  const create = async (deadline = clock + 10 * MINUTE) => {
    const res = await h.post('/api/challenges', { cards, settings: { questionCount: 4 }, deadline });
    expect(res.status).toBe(201);
    return json(res) as unknown as Created & { deadline: number; expiresAt: number };
  };
  const answer = (p: Joined, body: object) => h.post(`/api/games/${p.gameId}/challenge/answers`, body, p.playerToken);
  const question = async (p: Joined, index: number) =>
    json(await h.get(`/api/games/${p.gameId}/challenge/questions/${index}`, p.playerToken)) as unknown as Question;

  /** A right answer body for a question as shown, knowing the cards. */
  const rightBody = (q: Question) => {
    if (q.kind === 'typed') return { index: q.index, text: 'ctr plugin list' };
    if (q.kind === 'order') return { index: q.index, order: orderCard.steps.map((s) => q.options.indexOf(s.text)) };
    return { index: q.index, option: q.options.findIndex((o) => o.startsWith('Option R')) };
  };

  maybe('is created with a link and a deadline, refuses a bad deadline, and lives until the deadline plus the report window', async () => {
    expect((await h.post('/api/challenges', { cards, deadline: clock + MINUTE })).status).toBe(400);
    expect((await h.post('/api/challenges', { cards, deadline: clock + 30 * 24 * 60 * MINUTE })).status).toBe(400);
    expect((await h.post('/api/challenges', { cards })).status).toBe(400);
    const game = await create();
    expect(game.joinUrl).toMatch(new RegExp(`/play/challenge\\?code=${game.code}$`));
    expect(game.qrSvg).toContain('<svg');
    expect(game.expiresAt).toBe(game.deadline + 30 * MINUTE);
    if (kind === 'redis') {
      const redis = new Redis(REDIS_URL!);
      const ttl = await redis.pttl(`quiz:{${game.gameId}}:game`);
      await redis.quit();
      expect(ttl).toBeGreaterThan(39 * MINUTE);
      expect(ttl).toBeLessThanOrEqual(40 * MINUTE);
    }
  });

  maybe('is played alone, in order; each right answer travels only with its recorded answer; the host sees results arrive', async () => {
    const game = await create();
    const hostStream = await SseClient.open(h.base, `/api/games/${game.gameId}/host/events?token=${game.hostToken}`);
    await hostStream.waitFor('snapshot', () => true, 15_000);
    const ana = await h.join(game.code, 'Ana');
    expect(ana).toMatchObject({ mode: 'challenge', deadline: game.deadline });
    const bo = await h.join(game.code, 'Bo');
    const progress = json(await h.get(`/api/games/${game.gameId}/challenge`, ana.playerToken));
    expect(progress).toMatchObject({ total: 4, next: 0, finished: false, deadline: game.deadline, answers: [] });

    const questions: Question[] = [];
    for (let i = 0; i < 4; i++) questions.push(await question(ana, i));
    expect((await h.get(`/api/games/${game.gameId}/challenge/questions/4`, ana.playerToken)).status).toBe(404);
    expect((await h.get(`/api/games/${game.gameId}/challenge/questions/0`, game.hostToken)).status).toBe(401);
    expect(JSON.stringify(questions)).not.toMatch(/correct|accept|ctr plugins ls|"order":/);

    expect((await answer(ana, rightBody(questions[1]!))).status).toBe(409);
    for (const q of questions) {
      const res = await answer(ana, rightBody(q));
      expect(res.status).toBe(200);
      expect(json(res)).toMatchObject({ index: q.index, repeated: false, result: { correct: true } });
    }
    const replay = await answer(ana, rightBody(questions[0]!));
    expect(json(replay)).toMatchObject({ repeated: true, result: { correct: true } });
    expect((await answer(ana, { index: 0, option: 7 })).status).toBe(409);
    const typedIndex = questions.find((q) => q.kind === 'typed')!.index;
    const wrong = await answer(bo, { ...rightBody(questions[0]!), ...(questions[0]!.kind === 'typed' ? { text: 'ctr images ls' } : {}) });
    expect(wrong.status).toBe(200);

    await hostStream.waitFor(
      'challenge-answer',
      (d: { nickname: string; finished: boolean }) => d.nickname === 'Ana' && d.finished,
      15_000,
    );
    await hostStream.waitFor('challenge-answer', (d: { nickname: string }) => d.nickname === 'Bo', 15_000);
    hostStream.close();
    const report = json(await h.get(`/api/games/${game.gameId}/report`, game.hostToken)) as {
      players: { nickname: string; score: number; answered: number }[];
      questions: { answered: number; kind: string; typed?: unknown[] }[];
    };
    expect(report.players.map((p) => [p.nickname, p.answered])).toEqual([
      ['Ana', 4],
      ['Bo', 1],
    ]);
    expect(report.players[0]!.score).toBe(4000);
    // Ana's right command, grouped in its normal form; Bo's wrong one beside it when Bo's one answer was to this question.
    const typedGroups = [{ text: 'ctr plugins list', count: 1, right: true }];
    if (typedIndex === 0) typedGroups.push({ text: 'ctr images list', count: 1, right: false });
    expect(report.questions[typedIndex]).toMatchObject({ kind: 'typed' });
    expect(report.questions[typedIndex]!.typed).toEqual(expect.arrayContaining(typedGroups));
    expect(report.questions[typedIndex]!.typed).toHaveLength(typedGroups.length);
  });

  maybe('refuses a late answer and a late join after the deadline, and is gone after its report window', async () => {
    const game = await create(clock + 10 * MINUTE);
    const ana = await h.join(game.code, 'Ana');
    const q0 = await question(ana, 0);
    expect((await answer(ana, rightBody(q0))).status).toBe(200);
    const q1 = await question(ana, 1);
    clock = game.deadline + 1;
    const late = await answer(ana, rightBody(q1));
    expect(late.status).toBe(409);
    expect(json(late).error).toBe('the challenge is over: its deadline has passed');
    expect((await h.post('/api/join', { code: game.code, nickname: 'Bo' })).status).toBe(409);
    // The report still holds what arrived in time.
    expect(json(await h.get(`/api/games/${game.gameId}/report`, game.hostToken))).toMatchObject({
      players: [{ nickname: 'Ana', answered: 1 }],
    });
    if (kind === 'memory') {
      clock = game.expiresAt + 1;
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect((await h.get(`/api/games/${game.gameId}/report`, game.hostToken)).status).toBe(404);
    }
  });

  maybe('gives each player their own misses by their token, only for questions they answered', async () => {
    const game = await create();
    const ana = await h.join(game.code, 'Ana');
    const bo = await h.join(game.code, 'Bo');
    const wrongBody = (q: Question) =>
      q.kind === 'typed'
        ? { index: q.index, text: 'ctr images ls' }
        : q.kind === 'order'
          ? { index: q.index, order: [3, 2, 1, 0] }
          : { index: q.index, option: q.options.findIndex((o) => o.startsWith('Option W')) };
    const q0 = await question(ana, 0);
    const q1 = await question(ana, 1);
    expect((await answer(ana, wrongBody(q0))).status).toBe(200);
    expect((await answer(ana, rightBody(q1))).status).toBe(200);
    expect((await answer(bo, rightBody(q0))).status).toBe(200);

    const misses = async (p: Joined) => {
      const res = await h.get(`/api/games/${game.gameId}/misses`, p.playerToken);
      expect(res.status).toBe(200);
      return res.body;
    };
    const anas = JSON.parse(await misses(ana)) as { questions: { prompt: string }[] };
    expect(anas.questions.map((m) => m.prompt)).toEqual([q0.prompt]);
    // Bo got his one answer right and has not answered the rest: nothing to add, and no right answer leaks.
    expect(await misses(bo)).toBe('{"questions":[]}');
    expect((await h.get(`/api/games/${game.gameId}/misses`, game.hostToken)).status).toBe(401);
  });
});
