/**
 * @jest-environment node
 */
import { applyCommand, BANNED_NAMES_MAX, createQuiz, DEPARTED_MAX, quizReport, seededRandom } from '@/lib/quiz';

import { Game, cards, types } from './helpers';

describe('quiz engine: flow', () => {
  it('runs lobby → preview → answering → reveal → leaderboard → … → podium', () => {
    const g = new Game({ questionCount: 2 });
    g.join('ana', 'bo');
    expect(g.state.phase).toBe('lobby');
    expect(types(g.do({ type: 'start' }))).toEqual(['game-started', 'question-preview']);
    expect(g.state.phase).toBe('preview');
    expect(g.wait(1999)).toEqual([]);
    expect(types(g.wait(1))).toEqual(['question-open']);
    g.do({ type: 'answer', playerId: 'p-ana', option: g.rightOption() });
    g.now += 1000;
    expect(types(g.do({ type: 'answer', playerId: 'p-bo', option: g.wrongOption() }))).toEqual(['answer-received', 'reveal']);
    expect(g.state.phase).toBe('reveal');
    expect(types(g.do({ type: 'next' }))).toEqual(['leaderboard']);
    expect(types(g.do({ type: 'next' }))).toEqual(['question-preview']);
    expect(g.state.index).toBe(1);
    g.do({ type: 'next' });
    expect(g.state.phase).toBe('answering');
    g.do({ type: 'next' });
    g.do({ type: 'next' });
    expect(types(g.do({ type: 'next' }))).toEqual(['podium']);
    expect(g.state.phase).toBe('podium');
    expect(g.refused({ type: 'next' })).toBe('the game is over');
  });

  it('refuses to start an empty lobby or a deck without questions', () => {
    const g = new Game();
    expect(g.refused({ type: 'start' })).toBe('nobody has joined yet');
    const empty = createQuiz([], {}, { now: 0 });
    const joined = applyCommand(empty, { type: 'join', playerId: 'a', nickname: 'A' }, { now: 0 });
    expect(joined.ok && applyCommand(joined.state, { type: 'start' }, { now: 0 })).toMatchObject({
      ok: false,
      error: 'there are no questions',
    });
  });

  it('opens answers at once with no preview', () => {
    const g = new Game({ previewSeconds: 0 });
    g.join('ana');
    expect(types(g.do({ type: 'start' }))).toEqual(['game-started', 'question-open']);
  });

  it('limits questions to the count asked for and the cards available', () => {
    expect(new Game({ questionCount: 3 }, 10).state.questions).toHaveLength(3);
    expect(new Game({ questionCount: 30 }, 4).state.questions).toHaveLength(4);
  });

  it('skips a question unscored and ends early to the podium', () => {
    const g = new Game({ questionCount: 3 });
    g.join('ana');
    g.startAnswering();
    g.do({ type: 'answer', playerId: 'p-ana', option: g.rightOption() });
    expect(g.state.phase).toBe('reveal');
    g.do({ type: 'next' });
    g.do({ type: 'next' });
    expect(types(g.do({ type: 'skip' }))).toEqual(['question-skipped', 'question-preview']);
    expect(g.state.index).toBe(2);
    expect(g.state.results[1]).toMatchObject({ skipped: true, answered: 0 });
    expect(types(g.do({ type: 'end' }))).toEqual(['podium']);
    expect(g.state.results.map((r) => r.skipped)).toEqual([false, true, true]);
    expect(g.player('ana').score).toBeGreaterThan(0);
  });
});

describe('quiz engine: edge cases', () => {
  it('nobody answers: the timer closes the question with zero counts', () => {
    const g = new Game({ secondsPerQuestion: 10, graceMs: 250 });
    g.join('ana', 'bo');
    g.startAnswering();
    expect(g.wait(10_000)).toEqual([]);
    const events = g.wait(250);
    expect(types(events)).toEqual(['reveal']);
    expect(events[0]).toMatchObject({ counts: [0, 0, 0, 0], answered: 0, right: 0 });
    expect(g.player('ana')).toMatchObject({ score: 0, streak: 0, last: { option: null, correct: false, points: 0 } });
  });

  it('everyone answers early: the question closes at the last answer', () => {
    const g = new Game();
    g.join('ana', 'bo', 'cy');
    g.startAnswering();
    g.now += 500;
    g.do({ type: 'answer', playerId: 'p-ana', option: g.rightOption() });
    g.do({ type: 'answer', playerId: 'p-bo', option: g.rightOption() });
    expect(g.state.phase).toBe('answering');
    g.now += 500;
    g.do({ type: 'answer', playerId: 'p-cy', option: g.wrongOption() });
    expect(g.state.phase).toBe('reveal');
    expect(g.state.deadline).toBeNull();
    const reveal = g.events.at(-1);
    expect(reveal).toMatchObject({ type: 'reveal', answered: 3, right: 2 });
  });

  it('a player leaving mid-question keeps their answer counted and can close the question', () => {
    const g = new Game();
    g.join('ana', 'bo', 'cy');
    g.startAnswering();
    g.do({ type: 'answer', playerId: 'p-ana', option: g.rightOption() });
    g.do({ type: 'answer', playerId: 'p-bo', option: g.rightOption() });
    expect(types(g.do({ type: 'leave', playerId: 'p-cy' }))).toEqual(['player-left', 'reveal']);
    expect(g.state.results[0]).toMatchObject({ answered: 2, players: 2 });
    expect(g.refused({ type: 'answer', playerId: 'p-cy', option: 0 })).toBe('answers are not open');
  });

  it('a leaver who answered is still in the counts but not on the leaderboard', () => {
    const g = new Game();
    g.join('ana', 'bo');
    g.startAnswering();
    g.do({ type: 'answer', playerId: 'p-bo', option: g.rightOption() });
    g.do({ type: 'leave', playerId: 'p-bo' });
    expect(g.state.phase).toBe('answering');
    g.do({ type: 'answer', playerId: 'p-ana', option: g.wrongOption() });
    expect(g.state.results[0]).toMatchObject({ answered: 2, right: 0 });
    g.do({ type: 'next' });
    const board = g.events.at(-1);
    expect(board?.type === 'leaderboard' && board.standings.map((s) => s.nickname)).toEqual(['ana']);
  });

  it('a disconnected player is not waited for; reconnecting keeps the score', () => {
    const g = new Game();
    g.join('ana', 'bo');
    g.startAnswering();
    g.do({ type: 'answer', playerId: 'p-ana', option: g.rightOption() });
    expect(types(g.do({ type: 'connection', playerId: 'p-bo', connected: false }))).toEqual(['player-connection', 'reveal']);
    const score = g.player('ana').score;
    g.do({ type: 'connection', playerId: 'p-ana', connected: false });
    g.do({ type: 'connection', playerId: 'p-ana', connected: true });
    expect(g.player('ana')).toMatchObject({ score, connected: true });
  });

  it('the host dropping and coming back changes nothing but the flag; timers still run', () => {
    const g = new Game();
    g.join('ana');
    g.do({ type: 'start' });
    expect(types(g.do({ type: 'host-connection', connected: false }))).toEqual(['host-connection']);
    expect(g.state.hostConnected).toBe(false);
    g.wait(2000);
    expect(g.state.phase).toBe('answering');
    g.wait(10_250);
    expect(g.state.phase).toBe('reveal');
    g.do({ type: 'host-connection', connected: true });
    expect(g.state.hostConnected).toBe(true);
    expect(types(g.do({ type: 'next' }))).toEqual(['leaderboard']);
  });

  it('refuses late answers after the grace period and accepts them within it', () => {
    const g = new Game({ secondsPerQuestion: 10, graceMs: 250 });
    g.join('ana', 'bo');
    g.startAnswering();
    const opened = g.now;
    g.at(opened + 10_200).do({ type: 'answer', playerId: 'p-ana', option: g.rightOption() });
    expect(g.state.answers['p-ana']).toEqual({ option: g.rightOption(), elapsedMs: 10_000, credit: 1 });
    expect(g.at(opened + 10_251).refused({ type: 'answer', playerId: 'p-bo', option: 0 })).toBe('too late');
  });

  it('takes one answer per player per question', () => {
    const g = new Game();
    g.join('ana', 'bo');
    g.startAnswering();
    g.do({ type: 'answer', playerId: 'p-ana', option: g.wrongOption() });
    expect(g.refused({ type: 'answer', playerId: 'p-ana', option: g.rightOption() })).toBe('already answered');
    expect(g.state.answers['p-ana']?.option).toBe(g.wrongOption());
  });

  it('refuses answers outside answering, for another question, or for no such option', () => {
    const g = new Game();
    g.join('ana', 'bo');
    expect(g.refused({ type: 'answer', playerId: 'p-ana', option: 0 })).toBe('answers are not open');
    g.do({ type: 'start' });
    expect(g.refused({ type: 'answer', playerId: 'p-ana', option: 0 })).toBe('answers are not open');
    g.wait(2000);
    expect(g.refused({ type: 'answer', playerId: 'p-ana', option: 4 })).toBe('no such option');
    expect(g.refused({ type: 'answer', playerId: 'p-ana', option: 1.5 })).toBe('no such option');
    expect(g.refused({ type: 'answer', playerId: 'p-ana', option: 0, index: 1 })).toBe('that question is closed');
    expect(g.refused({ type: 'answer', playerId: 'p-zed', option: 0 })).toBe('not a player in this game');
    g.do({ type: 'next' });
    expect(g.refused({ type: 'answer', playerId: 'p-ana', option: 0 })).toBe('answers are not open');
    g.do({ type: 'next' });
    expect(g.refused({ type: 'answer', playerId: 'p-ana', option: 0 })).toBe('answers are not open');
  });

  it('a kicked player cannot answer, and their name (or a look-alike) cannot join that game again', () => {
    const g = new Game();
    g.join('ana', 'bo');
    g.do({ type: 'kick', playerId: 'p-bo' });
    expect(g.state.players.map((p) => p.id)).toEqual(['p-ana']);
    expect(g.state.departed).toMatchObject([{ id: 'p-bo', status: 'kicked' }]);
    for (const name of ['bo', 'BO', 'Во' /* Cyrillic capital ve, small o */]) {
      expect(g.refused({ type: 'join', playerId: 'p-bo2', nickname: name })).toBe('the host removed this nickname from the game');
    }
    g.do({ type: 'join', playerId: 'p-bob', nickname: 'Bob' });
    g.startAnswering();
    expect(g.refused({ type: 'answer', playerId: 'p-bo', option: 0 })).toBe('not a player in this game');
  });

  it('a player who leaves frees the nickname', () => {
    const g = new Game();
    g.join('ana', 'bo');
    g.do({ type: 'leave', playerId: 'p-bo' });
    g.do({ type: 'join', playerId: 'p-bo2', nickname: 'BO' });
  });

  it('a timer tick before the deadline changes nothing', () => {
    const g = new Game();
    g.join('ana');
    g.do({ type: 'start' });
    const before = g.state;
    expect(g.wait(10)).toEqual([]);
    expect(g.state).toBe(before);
  });
});

describe('quiz engine: lobby', () => {
  it('enforces unique, cleaned nicknames, the player cap and the lock', () => {
    const g = new Game({ maxPlayers: 2 });
    g.do({ type: 'join', playerId: 'a', nickname: '  Ａｎａ  ' });
    expect(g.state.players[0]?.nickname).toBe('Ana');
    expect(g.refused({ type: 'join', playerId: 'b', nickname: 'ana' })).toBe('nickname taken');
    expect(g.refused({ type: 'join', playerId: 'b', nickname: '\u200B\u0007' })).toMatch(/nickname/);
    g.do({ type: 'join', playerId: 'b', nickname: 'Bo' });
    expect(g.refused({ type: 'join', playerId: 'c', nickname: 'Cy' })).toBe('the game is full');
    g.do({ type: 'leave', playerId: 'b' });
    g.do({ type: 'lock', locked: true });
    expect(g.refused({ type: 'join', playerId: 'c', nickname: 'Cy' })).toBe('the lobby is locked');
    g.do({ type: 'lock', locked: false });
    g.do({ type: 'join', playerId: 'c', nickname: 'Cy' });
    expect(g.refused({ type: 'join', playerId: 'c', nickname: 'Dee' })).toBe('player id already used');
  });

  it('lets late players join a running game with no score', () => {
    const g = new Game();
    g.join('ana');
    g.startAnswering();
    g.join('bo');
    expect(g.player('bo')).toMatchObject({ score: 0, status: 'active' });
    g.do({ type: 'answer', playerId: 'p-bo', option: g.rightOption() });
  });

  it('is deterministic for a given seed and clock', () => {
    const a = createQuiz(cards(8), { questionCount: 5 }, { now: 0, random: seededRandom(7) });
    const b = createQuiz(cards(8), { questionCount: 5 }, { now: 0, random: seededRandom(7) });
    const c = createQuiz(cards(8), { questionCount: 5 }, { now: 0, random: seededRandom(8) });
    expect(a).toEqual(b);
    expect(a.questions).not.toEqual(c.questions);
  });
});

describe('quiz engine: players who leave', () => {
  it('keeps the record small through 20,000 join/leave cycles', () => {
    const g = new Game();
    g.join('ana');
    const size = () => JSON.stringify(g.state).length;
    const before = size();
    for (let i = 0; i < 20_000; i++) {
      g.do({ type: 'join', playerId: `x${i}`, nickname: `bot${i % 50}` });
      g.do({ type: 'leave', playerId: `x${i}` });
    }
    expect(g.state.players).toHaveLength(1);
    expect(g.state.departed).toHaveLength(0);
    expect(size()).toBe(before);
  });

  it('keeps the scores of departed players in the report, at most DEPARTED_MAX of them', () => {
    const g = new Game({ questionCount: 1 });
    g.join('ana', 'bo', 'cy');
    g.startAnswering();
    g.do({ type: 'answer', playerId: 'p-ana', option: g.rightOption() });
    g.do({ type: 'answer', playerId: 'p-bo', option: g.rightOption() });
    g.do({ type: 'answer', playerId: 'p-cy', option: g.wrongOption() });
    g.do({ type: 'next' });
    const boScore = g.player('bo').score;
    g.do({ type: 'leave', playerId: 'p-bo' });
    g.do({ type: 'kick', playerId: 'p-cy' });
    const report = quizReport(g.state);
    expect(report.players.map((p) => [p.nickname, p.status, p.rank])).toEqual([
      ['ana', 'active', 1],
      ['bo', 'left', null],
      ['cy', 'kicked', null],
    ]);
    expect(report.players[1]).toMatchObject({ score: boScore, right: 1, answered: 1 });
    expect(report.questions[0]).toMatchObject({ answered: 3, right: 2 });

    const big = new Game();
    for (let i = 0; i < DEPARTED_MAX + 50; i++) {
      big.do({ type: 'join', playerId: `k${i}`, nickname: `kid ${i}` });
      big.do({ type: 'kick', playerId: `k${i}` });
    }
    expect(big.state.departed).toHaveLength(DEPARTED_MAX);
    expect(big.state.departed[0]?.id).toBe('k50');
    expect(big.state.bannedNames.length).toBeLessThanOrEqual(BANNED_NAMES_MAX);
  });
});
