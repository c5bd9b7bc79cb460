/**
 * @jest-environment node
 */
import './support/esm-shims';

import { choiceCards, Harness, type Created, type Joined } from './support/game-harness';
import { SseClient } from './support/sse-client';

jest.setTimeout(30_000);

interface Missed {
  cardId: string;
  prompt: string;
  options: string[];
  correct: number;
  yourOption: number | null;
  explanation?: string;
  source?: string;
}

/**
 * Three players, three questions: Ana misses question 0, Bo question 1, Cy answers nothing at
 * question 2 (and misses it). Everyone else answers right. Returns each player's misses reply.
 */
async function playThree(h: Harness): Promise<{ game: Created; players: Joined[]; bodies: string[]; cardAt: number[] }> {
  const cardAt: number[] = [];
  const game = await h.create({ questionCount: 3, secondsPerQuestion: 60 }, choiceCards(3));
  const players = [await h.join(game.code, 'Ana'), await h.join(game.code, 'Bo'), await h.join(game.code, 'Cy')];
  const stream = await SseClient.open(h.base, `/api/games/${game.gameId}/events?token=${players[0]!.playerToken}`);
  await stream.waitFor('snapshot');
  await h.host(game, 'start');
  for (let q = 0; q < 3; q++) {
    const open = await stream.waitFor('question-open', (d: { index: number }) => d.index === q);
    const { options, prompt } = open.data as { options: string[]; prompt: string };
    cardAt.push(Number(/question (\d)/.exec(prompt)![1]));
    const right = options.findIndex((o) => o.startsWith('Option R'));
    const wrong = options.findIndex((o) => o.startsWith('Option W'));
    for (const [i, p] of players.entries()) {
      if (q === 2 && i === 2) continue;
      expect((await h.answer(p, q, i === q ? wrong : right)).status).toBe(200);
    }
    if (q === 2) expect((await h.host(game, 'next')).status).toBe(200);
    await stream.waitFor('reveal', (d: { index: number }) => d.index === q);
    await h.host(game, 'next');
    await stream.waitFor('leaderboard', (d: { index: number }) => d.index === q);
    await h.host(game, 'next');
  }
  await stream.waitFor('podium');
  stream.close();
  const bodies = [];
  for (const p of players) {
    const res = await h.get(`/api/games/${game.gameId}/misses`, p.playerToken);
    expect(res.status).toBe(200);
    bodies.push(res.body);
  }
  return { game, players, bodies, cardAt };
}

describe('GET /api/games/:gameId/misses: each player’s own misses, by their token', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await new Harness().start();
  });
  afterEach(() => h.stop());

  it('gives each player exactly their own misses, with the card to study, and no byte of anyone else’s', async () => {
    const { players, bodies, cardAt } = await playThree(h);
    bodies.forEach((body, i) => {
      const { questions } = JSON.parse(body) as { questions: Missed[] };
      const card = cardAt[i]!;
      expect(questions.map((q) => q.cardId)).toEqual([`runc-card-${card}`]);
      const [miss] = questions;
      expect(miss!.options[miss!.correct]).toBe(`Option R${card}`);
      expect(miss!.explanation).toBe(`Option R${card}`);
      expect(miss!.source).toBe('containerd/containerd/docs/RUNC.md');
      expect(miss!.yourOption === null).toBe(i === 2);
      // Nothing of the other players: not their cards, prompts, names, ids or tokens.
      players.forEach((other, j) => {
        if (j === i) return;
        expect(body).not.toContain(`runc-card-${cardAt[j]}`);
        expect(body).not.toContain(`question ${cardAt[j]}`);
        expect(body).not.toContain(other.nickname);
        expect(body).not.toContain(other.playerId);
        expect(body).not.toContain(other.playerToken);
      });
      expect(body).not.toContain(players[i]!.nickname);
    });
  });

  it('refuses without the player’s token, with the host’s token, or with another game’s token', async () => {
    const { game, players } = await playThree(h);
    expect((await h.get(`/api/games/${game.gameId}/misses`)).status).toBe(401);
    expect((await h.get(`/api/games/${game.gameId}/misses`, game.hostToken)).status).toBe(401);
    const other = await h.create();
    expect((await h.get(`/api/games/${other.gameId}/misses`, players[0]!.playerToken)).status).toBe(401);
    expect((await h.get(`/api/games/${game.gameId}/misses?token=${players[0]!.playerToken}`)).status).toBe(401);
  });

  it('is empty for a player who missed nothing, and counts no question from before they joined', async () => {
    const game = await h.create({ questionCount: 2, secondsPerQuestion: 60 }, choiceCards(2));
    const ana = await h.join(game.code, 'Ana');
    const stream = await SseClient.open(h.base, `/api/games/${game.gameId}/events?token=${ana.playerToken}`);
    await h.host(game, 'start');
    const open = await stream.waitFor('question-open');
    const right = (open.data as { options: string[] }).options.findIndex((o) => o.startsWith('Option R'));
    await h.answer(ana, 0, right);
    await stream.waitFor('reveal');
    const late = await h.join(game.code, 'Late');
    stream.close();
    expect(JSON.parse((await h.get(`/api/games/${game.gameId}/misses`, ana.playerToken)).body)).toEqual({ questions: [] });
    expect(JSON.parse((await h.get(`/api/games/${game.gameId}/misses`, late.playerToken)).body)).toEqual({ questions: [] });
  });
});
