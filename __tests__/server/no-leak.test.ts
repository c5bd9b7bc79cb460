/**
 * @jest-environment node
 */
import './support/esm-shims';

import { seededRandom, type RandomSource } from '@/lib/quiz';

import { Harness } from './support/game-harness';
import { SseClient } from './support/sse-client';

jest.setTimeout(20_000);

const card = (correct: number) => ({
  id: 'runc-default',
  deckId: 'runc',
  prompt: 'Which runtime does containerd use by default?',
  choices: ['runc', 'crun', 'runsc', 'kata'],
  correct,
});

/** A diagram question: players tap one of five regions of a picture; only the right region varies. */
const diagramCard = (correct: number) => ({
  id: 'pod-picture-reaper',
  deckId: 'pictures',
  prompt: 'Tap the component that reaps the container processes when they exit.',
  choices: ['kubelet', 'containerd', 'containerd-shim-runc-v2', 'runc', 'CNI'],
  correct,
  diagram: { id: 'pod-start', regions: ['kubelet', 'containerd', 'shim', 'runc', 'cni'] },
});

/**
 * Plays one question in a fresh server and returns every byte player "Yu" received (SSE stream
 * and HTTP responses) before the reveal, and after it. Only `correct` and the other player's
 * answer vary between runs; the shuffle seed is fixed, so option order is the same.
 */
async function run(correct: number, otherAnswer: number, make: (correct: number) => object = card) {
  return play({ card: make(correct), xi: { option: otherAnswer }, yu: { option: 1 } });
}

interface Play {
  card: object;
  /** The other player's answer body, and Yu's (without the index). */
  xi: object;
  yu: object;
  random?: RandomSource;
}

async function play({ card: question, xi: xiAnswer, yu: yuAnswer, random = seededRandom(7) }: Play) {
  const h = await new Harness().start({ game: { random } });
  const received: string[] = [];
  const secrets: string[] = [];
  try {
    const game = await h.create({ questionCount: 1, secondsPerQuestion: 60 }, [question]);
    secrets.push(game.gameId, game.code, game.hostToken);
    const xi = await h.join(game.code, 'Xi');
    const yuJoin = await h.post('/api/join', { code: game.code, nickname: 'Yu' });
    const yu = JSON.parse(yuJoin.body) as { playerId: string; playerToken: string };
    secrets.push(xi.playerId, xi.playerToken, yu.playerId, yu.playerToken);
    received.push(yuJoin.body);
    const stream = await SseClient.open(h.base, `/api/games/${game.gameId}/events?token=${yu.playerToken}`);
    // The host's screen (often a projector) gets no answers early either.
    const hostStream = await SseClient.open(h.base, `/api/games/${game.gameId}/host/events?token=${game.hostToken}`);
    await stream.waitFor('snapshot');
    await hostStream.waitFor('snapshot');
    await h.host(game, 'start');
    await stream.waitFor('question-open');
    expect((await h.post(`/api/games/${game.gameId}/answer`, { index: 0, ...xiAnswer }, xi.playerToken)).status).toBe(200);
    const ack = await h.post(`/api/games/${game.gameId}/answer`, { index: 0, ...yuAnswer }, yu.playerToken);
    expect(ack.status).toBe(200);
    received.push(ack.body);
    received.push((await h.post('/api/rejoin', { token: yu.playerToken })).body);
    await stream.waitFor('reveal');
    await hostStream.waitFor('reveal');
    stream.close();
    hostStream.close();
    const cut = stream.raw.indexOf('event: reveal');
    const mask = (text: string) => secrets.reduce((t, s) => t.split(s).join('<secret>'), text).replace(/\d{13}/g, '<time>');
    return {
      before: mask(received.join('\n') + '\n' + stream.raw.slice(0, cut)),
      after: mask(stream.raw.slice(cut)),
      hostBefore: mask(hostStream.raw.slice(0, hostStream.raw.indexOf('event: reveal'))),
      secrets,
    };
  } finally {
    await h.stop();
  }
}

describe('fairness: nothing about the answer reaches a player before the reveal', () => {
  it('sends byte-identical data whatever the right option and the other player’s answer', async () => {
    const a = await run(0, 0);
    const b = await run(2, 3);
    expect(a.before).toContain('event: question-open');
    expect(a.before).toContain('"options":');
    expect(b.before).toBe(a.before);
    // The same test would notice a difference: after the reveal, the runs differ.
    expect(b.after).not.toBe(a.after);
  });

  it('never names the other player, their answer, or a "correct" field before the reveal', async () => {
    const { before } = await run(1, 2);
    expect(before).not.toMatch(/correct/i);
    expect(before).not.toContain('Xi');
    expect(before).not.toMatch(/"answered"|"counts"|"expected"|"right"/);
  });
});

describe('fairness for a diagram question: the picture and its regions reach players, the right region does not', () => {
  it('sends byte-identical data whatever the right region and the other player’s tap', async () => {
    const a = await run(0, 0, diagramCard);
    const b = await run(2, 4, diagramCard);
    expect(a.before).toContain('"diagram":{"id":"pod-start","regions":[');
    expect(b.before).toBe(a.before);
    expect(b.after).not.toBe(a.after);
    expect(a.before).not.toMatch(/correct|"counts"|"right"/i);
  });
});

/** A card that teaches at the reveal: its explanation and upstream source. */
const teachingCard = (correct: number) => ({
  ...card(correct),
  explanation: 'containerd runs containers through the runc shim, io.containerd.runc.v2.',
  source: 'https://github.com/containerd/containerd/blob/main/docs/RUNC.md',
});

describe('the reveal teaches, and not a byte of it earlier', () => {
  it('sends the explanation and source only with the reveal, after the player’s answer is recorded', async () => {
    const a = await run(0, 0, teachingCard);
    const b = await run(3, 1, teachingCard);
    expect(b.before).toBe(a.before);
    for (const { before, after } of [a, b]) {
      expect(before).not.toContain('io.containerd.runc.v2');
      expect(before).not.toContain('docs/RUNC.md');
      expect(before).not.toMatch(/explanation|"source"/);
      expect(after).toContain('"explanation":"containerd runs containers through the runc shim, io.containerd.runc.v2."');
      expect(after).toContain('"source":"https://github.com/containerd/containerd/blob/main/docs/RUNC.md"');
    }
  });
});

/** A random source whose first shuffle of `n` options yields `order` (Fisher–Yates run backwards). */
function randomForOrder(order: number[]): RandomSource {
  const current = order.map((_, i) => i);
  const picks: number[] = [];
  for (let i = current.length - 1; i > 0; i--) {
    const j = current.indexOf(order[i] as number);
    picks.push(j);
    [current[i], current[j]] = [current[j] as number, current[i] as number];
  }
  return () => picks.shift() ?? 0;
}

describe('fairness for a typed-command question: the accepted answers travel only with the reveal', () => {
  const typedCard = (accept: string[]) => ({
    id: 'ctr-plugins',
    deckId: 'ctr',
    kind: 'typed',
    prompt: 'Type the ctr command that lists the plugins and whether they loaded.',
    choices: [],
    correct: -1,
    accept,
  });

  it('sends byte-identical data whatever the accepted forms and the other player’s answer', async () => {
    const a = await play({
      card: typedCard(['ctr plugins ls', 'ctr plugin list']),
      xi: { text: 'ctr plugins ls' },
      yu: { text: 'ctr plug ls' },
    });
    const b = await play({ card: typedCard(['ctr images ls']), xi: { text: 'crictl ps' }, yu: { text: 'ctr plug ls' } });
    expect(a.before).toContain('"kind":"typed"');
    expect(a.before).toContain('"text":"ctr plug ls"');
    expect(b.before).toBe(a.before);
    expect(b.after).not.toBe(a.after);
    expect(a.after).toContain('"accept":["ctr plugins ls","ctr plugin list"]');
    expect(a.before).not.toMatch(/"accept"|ctr plugins? (ls|list)|crictl|"typed":|"right"/);
    // Nor does the host's projector get the accepted forms or anyone's typing before the reveal.
    expect(a.hostBefore).toContain('"kind":"typed"');
    expect(b.hostBefore).toBe(a.hostBefore);
    expect(a.hostBefore).not.toMatch(/"accept"|ctr plug|crictl|"typed":|"right"|"counts"/);
  });
});

describe('fairness for an order question: the right order travels only with the reveal', () => {
  // Both runs show the same options in the same places; only which order is right differs.
  const shown = ['PullImage', 'StartContainer', 'RunPodSandbox', 'CreateContainer'];
  const orderCard = (steps: string[]) => ({
    id: 'pod-start',
    deckId: 'cri',
    kind: 'order',
    prompt: 'Order the pod start path.',
    steps: steps.map((text) => ({ text })),
  });
  const runWith = (steps: string[], other: number[]) =>
    play({
      card: orderCard(steps),
      // The question shuffle of one card draws nothing; the options' shuffle puts `shown` on screen.
      random: randomForOrder(shown.map((text) => steps.indexOf(text))),
      xi: { order: other },
      yu: { order: [0, 1, 2, 3] },
    });

  it('sends byte-identical data whatever the right order and the other player’s order', async () => {
    const a = await runWith(['RunPodSandbox', 'PullImage', 'CreateContainer', 'StartContainer'], [2, 0, 3, 1]);
    const b = await runWith(['PullImage', 'RunPodSandbox', 'StartContainer', 'CreateContainer'], [3, 2, 1, 0]);
    expect(a.before).toContain(`"options":${JSON.stringify(shown)}`);
    expect(b.before).toBe(a.before);
    expect(b.after).not.toBe(a.after);
    expect(a.after).toContain('"order":[2,0,3,1]');
    expect(a.before).not.toMatch(/"order":\[2,0,3,1\]|correct|"counts"|"right"/);
    expect(b.hostBefore).toBe(a.hostBefore);
    expect(a.hostBefore).not.toMatch(/"order":|correct|"counts"|"right"/);
  });
});

describe('fairness for a true/false question: which of True and False is right travels only with the reveal', () => {
  const trueFalseCard = (correct: number) => ({
    id: 'runc-daemon',
    deckId: 'runc',
    kind: 'truefalse',
    prompt: 'runc stays running as a daemon beside each container.',
    choices: ['True', 'False'],
    correct,
  });

  it('sends byte-identical data whatever the right answer and the other player’s answer', async () => {
    const a = await play({ card: trueFalseCard(0), xi: { option: 0 }, yu: { option: 1 } });
    const b = await play({ card: trueFalseCard(1), xi: { option: 1 }, yu: { option: 1 } });
    expect(a.before).toContain('"kind":"truefalse"');
    expect(a.before).toContain('"options":["True","False"]');
    expect(b.before).toBe(a.before);
    expect(b.after).not.toBe(a.after);
    expect(a.after).toContain('"correct":0');
    expect(b.after).toContain('"correct":1');
    expect(a.before).not.toMatch(/correct|"counts"|"right"/i);
    expect(b.hostBefore).toBe(a.hostBefore);
    expect(a.hostBefore).not.toMatch(/correct|"counts"|"right"/i);
  });
});

describe('fairness in a challenge: a question’s right answer travels only in the response recording the answer to it', () => {
  /** Yu plays a two-question challenge; returns the bytes before each answer was recorded, and the answers' responses. */
  async function challengeRun(correct: number, otherAnswer: number) {
    const h = await new Harness().start({ game: { random: seededRandom(7) } });
    try {
      const second = { ...card(correct), id: 'second', prompt: 'And again: which runtime?' };
      const res = await h.post('/api/challenges', {
        cards: [card(correct), second],
        settings: { questionCount: 2 },
        deadline: Date.now() + 60 * 60_000,
      });
      const game = JSON.parse(res.body) as { gameId: string; code: string; hostToken: string };
      const xi = await h.join(game.code, 'Xi');
      await h.post(`/api/games/${game.gameId}/challenge/answers`, { index: 0, option: otherAnswer }, xi.playerToken);
      const yuJoin = await h.post('/api/join', { code: game.code, nickname: 'Yu' });
      const yu = JSON.parse(yuJoin.body) as { playerId: string; playerToken: string };
      const secrets = [game.gameId, game.code, game.hostToken, xi.playerId, xi.playerToken, yu.playerId, yu.playerToken];
      const mask = (text: string) => secrets.reduce((t, s) => t.split(s).join('<secret>'), text).replace(/\d{13}/g, '<time>');
      const url = (path: string) => `/api/games/${game.gameId}/challenge${path}`;
      // Everything Yu can fetch before answering anything: both questions and the progress.
      const before = [yuJoin.body, (await h.get(url(''), yu.playerToken)).body, (await h.get(url('/questions/0'), yu.playerToken)).body];
      before.push((await h.get(url('/questions/1'), yu.playerToken)).body);
      const first = (await h.post(url('/answers'), { index: 0, option: 1 }, yu.playerToken)).body;
      // Between the two answers: question 2's answer must still be unknown.
      const between = [(await h.get(url('/questions/1'), yu.playerToken)).body];
      const second2 = (await h.post(url('/answers'), { index: 1, option: 1 }, yu.playerToken)).body;
      return { before: mask(before.join('\n')), first: mask(first), between: mask(between.join('\n')), second: mask(second2) };
    } finally {
      await h.stop();
    }
  }

  it('sends byte-identical data before each answer, whatever the right option and the other player’s answer', async () => {
    const a = await challengeRun(0, 0);
    const b = await challengeRun(2, 3);
    expect(a.before).toContain('"options":');
    expect(b.before).toBe(a.before);
    expect(b.between).toBe(a.between);
    expect(a.before + a.between).not.toMatch(/correct|Xi|"counts"|"right"/);
    // The answers' responses carry the right option, so the runs differ there.
    expect(a.first).toContain('"correct":');
    expect(b.first).not.toBe(a.first);
    expect(b.second).not.toBe(a.second);
  });
});
