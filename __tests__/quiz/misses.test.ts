/**
 * @jest-environment node
 */
import { applyCommand, createQuiz, hostSnapshot, playerMisses, playerSnapshot, quizReport, seededRandom } from '@/lib/quiz';

import { cards, Game } from './helpers';

describe('each player’s misses and the device that played', () => {
  it('records every player’s pick per revealed question and lists only their own misses', () => {
    const g = new Game({ questionCount: 3 });
    g.join('ana', 'bo');
    g.startAnswering();
    g.do({ type: 'answer', playerId: 'p-ana', option: g.rightOption() });
    g.do({ type: 'answer', playerId: 'p-bo', option: g.wrongOption() });
    const first = g.state.questions[0]!;
    g.do({ type: 'next' });
    g.do({ type: 'next' });
    g.wait(2000);
    g.do({ type: 'skip' });
    g.wait(2000);
    g.do({ type: 'answer', playerId: 'p-bo', option: g.rightOption() });
    g.wait(10_500);
    const third = g.state.questions[2]!;
    expect(g.player('ana').picks).toEqual({ 0: first.correct, 2: null });
    expect(playerMisses(g.state, 'p-ana')!.map((m) => m.cardId)).toEqual([third.cardId]);
    expect(playerMisses(g.state, 'p-ana')![0]).toMatchObject({ yourOption: null, correct: third.correct, options: third.options });
    expect(playerMisses(g.state, 'p-bo')).toEqual([expect.objectContaining({ cardId: first.cardId, yourOption: (first.correct + 1) % 4 })]);
    expect(playerMisses(g.state, 'p-nobody')).toBeUndefined();
  });

  it('keeps a departed player’s misses and device id for the report', () => {
    const g = new Game();
    g.do({ type: 'join', playerId: 'p-ana', nickname: 'ana', deviceId: 'device-ana-0123456789' });
    g.join('bo');
    g.startAnswering();
    g.do({ type: 'answer', playerId: 'p-ana', option: g.wrongOption() });
    g.wait(10_500);
    g.do({ type: 'leave', playerId: 'p-ana' });
    expect(playerMisses(g.state, 'p-ana')).toHaveLength(1);
    const report = quizReport(g.state);
    expect(report.players.find((p) => p.playerId === 'p-ana')).toMatchObject({
      deviceId: 'device-ana-0123456789',
      picks: { 0: g.wrongOption() },
    });
    expect(report.players.find((p) => p.playerId === 'p-bo')).toMatchObject({ deviceId: null, picks: { 0: null } });
  });
});

describe('the reveal teaches', () => {
  it('shows the explanation and source in snapshots and reveal events only once the question is revealed', () => {
    const teaching = cards(1).map((c) => ({ ...c, explanation: 'Because runc.', source: 'docs/RUNC.md' }));
    const random = seededRandom(3);
    let state = createQuiz(teaching, { previewSeconds: 0, secondsPerQuestion: 10, questionCount: 1 }, { now: 0, random });
    const step = (command: Parameters<typeof applyCommand>[1]) => {
      const r = applyCommand(state, command, { now: 1000, random });
      if (!r.ok) throw new Error(r.error);
      state = r.state;
      return r.events;
    };
    step({ type: 'join', playerId: 'p1', nickname: 'Ana' });
    step({ type: 'join', playerId: 'p2', nickname: 'Bo' });
    const early = [...step({ type: 'start' }), ...step({ type: 'answer', playerId: 'p1', option: 1 })];
    expect(JSON.stringify([playerSnapshot(state, 'p1'), hostSnapshot(state), early])).not.toMatch(/Because|RUNC/);
    // The last answer closes the question: the reveal event and both snapshots carry the teaching.
    const reveal = step({ type: 'answer', playerId: 'p2', option: 0 }).find((e) => e.type === 'reveal');
    expect(reveal).toMatchObject({ explanation: 'Because runc.', source: 'docs/RUNC.md' });
    expect(state.phase).toBe('reveal');
    expect(playerSnapshot(state, 'p1')).toMatchObject({ question: { explanation: 'Because runc.', source: 'docs/RUNC.md' } });
    expect(hostSnapshot(state).question).toMatchObject({ explanation: 'Because runc.', source: 'docs/RUNC.md' });
  });
});
