/**
 * @jest-environment node
 */
import './support/esm-shims';

import { seededRandom } from '@/lib/quiz';

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
  const h = await new Harness().start({ game: { random: seededRandom(7) } });
  const received: string[] = [];
  const secrets: string[] = [];
  try {
    const game = await h.create({ questionCount: 1, secondsPerQuestion: 60 }, [make(correct)]);
    secrets.push(game.gameId, game.code, game.hostToken);
    const xi = await h.join(game.code, 'Xi');
    const yuJoin = await h.post('/api/join', { code: game.code, nickname: 'Yu' });
    const yu = JSON.parse(yuJoin.body) as { playerId: string; playerToken: string };
    secrets.push(xi.playerId, xi.playerToken, yu.playerId, yu.playerToken);
    received.push(yuJoin.body);
    const stream = await SseClient.open(h.base, `/api/games/${game.gameId}/events?token=${yu.playerToken}`);
    await stream.waitFor('snapshot');
    await h.host(game, 'start');
    await stream.waitFor('question-open');
    expect((await h.answer(xi, 0, otherAnswer)).status).toBe(200);
    const ack = await h.answer({ ...xi, playerId: yu.playerId, playerToken: yu.playerToken }, 0, 1);
    received.push(ack.body);
    received.push((await h.post('/api/rejoin', { token: yu.playerToken })).body);
    await stream.waitFor('reveal');
    stream.close();
    const cut = stream.raw.indexOf('event: reveal');
    const mask = (text: string) => secrets.reduce((t, s) => t.split(s).join('<secret>'), text).replace(/\d{13}/g, '<time>');
    return { before: mask(received.join('\n') + '\n' + stream.raw.slice(0, cut)), after: mask(stream.raw.slice(cut)), secrets };
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
