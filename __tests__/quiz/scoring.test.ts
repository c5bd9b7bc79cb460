/**
 * @jest-environment node
 */
import { DEFAULT_SETTINGS, pointsFor, speedPoints, streakBonus } from '@/lib/quiz';

import { Game } from './helpers';

describe('scoring', () => {
  it('follows 1000 × (1 − (t/T)/2), clamped to the window', () => {
    expect(speedPoints(0, 20_000)).toBe(1000);
    expect(speedPoints(10_000, 20_000)).toBe(750);
    expect(speedPoints(20_000, 20_000)).toBe(500);
    expect(speedPoints(25_000, 20_000)).toBe(500);
    expect(speedPoints(-5, 20_000)).toBe(1000);
    expect(speedPoints(1, 3_000)).toBe(Math.round(1000 * (1 - 1 / 3000 / 2)));
  });

  it('gives 1000 per right answer in accuracy mode and 0 for a wrong one', () => {
    const accuracy = { ...DEFAULT_SETTINGS, scoring: 'accuracy' as const };
    expect(pointsFor(accuracy, { credit: 1, elapsedMs: 19_000 }, 1)).toBe(1000);
    expect(pointsFor(accuracy, { credit: 0, elapsedMs: 0 }, 0)).toBe(0);
  });

  it('adds 100 per earlier right answer in a row, up to 500, only when on', () => {
    expect([1, 2, 3, 6, 9].map(streakBonus)).toEqual([0, 100, 200, 500, 500]);
    expect(pointsFor({ ...DEFAULT_SETTINGS, streakBonus: false }, { credit: 1, elapsedMs: 0 }, 4)).toBe(1000);
    expect(pointsFor({ ...DEFAULT_SETTINGS, streakBonus: true }, { credit: 1, elapsedMs: 0 }, 4)).toBe(1300);
  });

  it('scores speed by the server-measured time since the options opened', () => {
    const g = new Game({ secondsPerQuestion: 10 });
    g.join('ana', 'bo');
    g.startAnswering();
    g.now += 2500;
    g.do({ type: 'answer', playerId: 'p-ana', option: g.rightOption() });
    g.now += 2500;
    g.do({ type: 'answer', playerId: 'p-bo', option: g.rightOption() });
    expect(g.player('ana').score).toBe(875);
    expect(g.player('bo').score).toBe(750);
  });

  it('resets the streak on a miss and keeps it across a skip', () => {
    const g = new Game({ questionCount: 5, streakBonus: true, scoring: 'accuracy' }, 5);
    g.join('ana');
    g.startAnswering();
    const answerRight = () => {
      g.do({ type: 'answer', playerId: 'p-ana', option: g.rightOption() });
      g.do({ type: 'next' });
      g.do({ type: 'next' });
      g.do({ type: 'next' });
    };
    answerRight();
    answerRight();
    expect(g.player('ana')).toMatchObject({ score: 2100, streak: 2 });
    g.do({ type: 'skip' });
    g.do({ type: 'next' });
    answerRight();
    expect(g.player('ana')).toMatchObject({ score: 3300, streak: 3 });
    g.do({ type: 'answer', playerId: 'p-ana', option: g.wrongOption() });
    expect(g.player('ana')).toMatchObject({ score: 3300, streak: 0 });
  });
});
