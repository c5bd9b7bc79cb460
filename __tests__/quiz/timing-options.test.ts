// Host timing options: accuracy-only scoring, no timer, extra time for named players, reduced motion,
// and a longer preview.
import { eventForHost, eventForPlayer, playerSnapshot } from '@/lib/quiz';

import { Game, types } from './helpers';

describe('timing options', () => {
  it('accuracy scoring gives every right answer the same points, fast or slow', () => {
    const g = new Game({ scoring: 'accuracy' });
    g.join('ana', 'bo');
    g.startAnswering();
    g.do({ type: 'answer', playerId: 'p-ana', option: g.rightOption() });
    g.at(g.now + 9_000).do({ type: 'answer', playerId: 'p-bo', option: g.rightOption() });
    expect([g.player('ana').score, g.player('bo').score]).toEqual([1000, 1000]);
  });

  it('with no timer the question stays open until the host reveals it, and scores for accuracy', () => {
    const g = new Game({ timer: false, scoring: 'speed' });
    g.join('ana', 'bo');
    const started = g.do({ type: 'start' });
    expect(started[0]).toMatchObject({ type: 'game-started', timer: false });
    g.wait(2000);
    const open = g.events.find((e) => e.type === 'question-open');
    expect(open).toMatchObject({ endsAt: null });
    expect(g.state.deadline).toBeNull();
    g.do({ type: 'answer', playerId: 'p-ana', option: g.rightOption() });
    expect(g.wait(3_600_000)).toEqual([]);
    g.do({ type: 'answer', playerId: 'p-bo', option: g.wrongOption() });
    expect(g.state.phase).toBe('reveal');
    expect(g.player('ana').score).toBe(1000);
    const h = new Game({ timer: false });
    h.join('cy');
    h.startAnswering();
    expect(types(h.do({ type: 'next' }))).toEqual(['reveal']);
  });

  it('extra time keeps the question open for that player only, and scores speed over their window', () => {
    const g = new Game({ secondsPerQuestion: 10 });
    g.join('ana', 'bo');
    g.do({ type: 'extend', playerId: 'p-bo', seconds: 20 });
    expect(g.refused({ type: 'extend', playerId: 'p-bo', seconds: 241 })).toMatch(/0 to 240/);
    expect(g.refused({ type: 'extend', playerId: 'p-zed', seconds: 5 })).toBe('no such player');
    g.startAnswering();
    const open = g.events.findLast((e) => e.type === 'question-open')!;
    expect(eventForPlayer(open, 'p-bo')!.data).toMatchObject({ endsAt: g.now + 30_000 });
    expect(eventForPlayer(open, 'p-ana')!.data).toMatchObject({ endsAt: g.now + 10_000 });
    expect(JSON.stringify(eventForPlayer(open, 'p-ana'))).not.toContain('p-bo');
    expect(eventForHost(open)!.data).toMatchObject({ extraMs: { 'p-bo': 20_000 } });
    expect(playerSnapshot(g.state, 'p-bo')).toMatchObject({ question: { endsAt: g.now + 30_000 } });
    const opened = g.now;
    expect(g.wait(10_300)).toEqual([]);
    expect(g.refused({ type: 'answer', playerId: 'p-ana', option: 0 })).toBe('too late');
    g.at(opened + 15_000).do({ type: 'answer', playerId: 'p-bo', option: g.rightOption() });
    // Half of bo's 30-second window gone: 1000 × (1 − 0.5 / 2).
    expect(g.state.answers['p-bo']).toMatchObject({ elapsedMs: 15_000 });
    expect(types(g.at(opened + 30_250).do({ type: 'tick' }))).toEqual(['reveal']);
    expect(g.player('bo').score).toBe(750);
  });

  it('granting time during an open question moves the timer at once', () => {
    const g = new Game({ secondsPerQuestion: 10 });
    g.join('ana', 'bo');
    g.startAnswering();
    const opened = g.now;
    g.do({ type: 'extend', playerId: 'p-ana', seconds: 5 });
    expect(g.state.deadline).toBe(opened + 15_250);
    g.do({ type: 'extend', playerId: 'p-ana', seconds: 0 });
    expect(g.state.deadline).toBe(opened + 10_250);
    expect(g.state.extraSeconds).toEqual({});
  });

  it('passes reduced motion to the players and allows a minute-long preview', () => {
    const g = new Game({ reducedMotion: true, previewSeconds: 60 });
    g.join('ana');
    const [started, preview] = g.do({ type: 'start' });
    expect(eventForPlayer(started!, 'p-ana')!.data).toMatchObject({ reducedMotion: true, timer: true });
    expect(preview).toMatchObject({ type: 'question-preview', endsAt: g.now + 60_000 });
    expect(playerSnapshot(g.state, 'p-ana')).toMatchObject({ reducedMotion: true });
    expect(g.wait(59_000)).toEqual([]);
    expect(types(g.wait(1_000))).toEqual(['question-open']);
  });
});
