/**
 * @jest-environment node
 */
import { eventForHost, eventForPlayer, hostSnapshot, playerSnapshot, quizReport, teamStandings } from '@/lib/quiz';

import { Game } from './helpers';

describe('views', () => {
  it('never shows a player the right option or others’ answers before the reveal', () => {
    const g = new Game();
    g.join('ana', 'bo');
    g.startAnswering();
    g.do({ type: 'answer', playerId: 'p-bo', option: g.wrongOption() });
    const seen = JSON.stringify([playerSnapshot(g.state, 'p-ana'), ...g.events.map((e) => eventForPlayer(e, 'p-ana'))]);
    expect(seen).not.toMatch(/correct|p-bo|"bo"/i);
    expect(JSON.stringify([hostSnapshot(g.state), ...g.events.map(eventForHost)])).not.toMatch(/correct/);
    expect(eventForPlayer(g.events.at(-1)!, 'p-bo')).toEqual({
      name: 'answer-locked',
      data: expect.objectContaining({ option: g.wrongOption() }),
    });
    expect(eventForHost(g.events.at(-1)!)).toEqual({ name: 'answer-count', data: expect.objectContaining({ answered: 1, expected: 2 }) });
  });

  it('tells each player their own result and rank at the reveal', () => {
    const g = new Game();
    g.join('ana', 'bo');
    g.startAnswering();
    g.do({ type: 'answer', playerId: 'p-ana', option: g.rightOption() });
    g.do({ type: 'answer', playerId: 'p-bo', option: g.wrongOption() });
    const reveal = g.events.at(-1)!;
    expect(eventForPlayer(reveal, 'p-ana')?.data).toMatchObject({
      correct: g.rightOption(),
      you: { correct: true, rank: 1, points: 1000 },
    });
    expect(eventForPlayer(reveal, 'p-bo')?.data).toMatchObject({ you: { correct: false, rank: 2, points: 0 } });
    expect(JSON.stringify(eventForHost(reveal))).not.toContain('p-ana');
    expect(playerSnapshot(g.state, 'p-bo')).toMatchObject({
      phase: 'reveal',
      last: { correct: false },
      question: { correct: g.rightOption() },
    });
    g.do({ type: 'next' });
    const board = eventForPlayer(g.events.at(-1)!, 'p-bo');
    expect(board?.data).toMatchObject({
      top: [
        { nickname: 'ana', rank: 1 },
        { nickname: 'bo', rank: 2 },
      ],
      you: { rank: 2 },
    });
    expect(JSON.stringify(board)).not.toContain('p-ana');
  });

  it('scores teams by their members’ average', () => {
    const g = new Game({ teamCount: 2, scoring: 'accuracy' });
    g.join('ana', 'bo', 'cy', 'di');
    g.startAnswering();
    const started = g.events.find((e) => e.type === 'game-started');
    expect(started?.type === 'game-started' && Object.values(started.teams ?? {}).sort()).toEqual([0, 0, 1, 1]);
    const [first] = g.state.players.filter((p) => p.team === 0);
    g.do({ type: 'answer', playerId: first!.id, option: g.rightOption() });
    g.do({ type: 'next' });
    const teams = teamStandings(g.state);
    expect(teams).toEqual([
      { team: 0, name: 'Team 1', members: 2, score: 500, rank: 1 },
      { team: 1, name: 'Team 2', members: 2, score: 0, rank: 2 },
    ]);
    g.join('eve');
    expect(g.player('eve').team).toBe(0);
  });

  it('reports players, scores and each question’s accuracy', () => {
    const g = new Game({ questionCount: 2 });
    g.join('ana', 'bo');
    g.startAnswering();
    g.do({ type: 'answer', playerId: 'p-ana', option: g.rightOption() });
    g.do({ type: 'answer', playerId: 'p-bo', option: g.wrongOption() });
    g.do({ type: 'end' });
    const report = quizReport(g.state);
    expect(report.players.map((p) => [p.nickname, p.rank, p.right])).toEqual([
      ['ana', 1, 1],
      ['bo', 2, 0],
    ]);
    expect(report.questions[0]).toMatchObject({ accuracy: 0.5, answered: 2, right: 1, skipped: false });
  });
});
