// Challenge mode in the engine: created with a deadline, joined, played alone in order, each answer
// graded as it arrives (and only then its right answer shown), refused after the deadline, reported.
import {
  applyCommand,
  asChallenge,
  challengeAnswer,
  challengeQuestion,
  challengeResults,
  challengeView,
  createQuiz,
  hostSnapshot,
  quizReport,
  seededRandom,
  toQuizCard,
  type QuizCard,
  type QuizState,
  type AnswerResponse,
} from '@/lib/quiz';

import { playerMisses } from '@/lib/quiz/misses';

import { cards } from './helpers';

const typed = toQuizCard({ id: 'typed', deckId: 'ctr', kind: 'typed', prompt: 'List the plugins', accept: ['ctr plugins ls'] })!;
const deadline = 10_000_000;

function challenge(extra: QuizCard[] = [typed], settings = {}) {
  let state: QuizState = asChallenge(
    createQuiz(
      [...cards(2), ...extra],
      { questionCount: 2 + extra.length, scoring: 'speed', ...settings },
      { now: 0, random: seededRandom(3) },
    ),
    deadline,
  );
  const run = (now: number, command: Parameters<typeof applyCommand>[1]) => {
    const result = applyCommand(state, command, { now });
    if (!result.ok) throw new Error(result.error);
    state = result.state;
    return result.events;
  };
  const answer = (playerId: string, index: number, response: AnswerResponse, now = 1000) => {
    const result = challengeAnswer(state, playerId, index, response, now);
    if (result.ok) state = result.state;
    return result;
  };
  /** A right response to question `index`. */
  const right = (index: number): AnswerResponse => {
    const q = state.questions[index]!;
    return q.kind === 'typed' ? { text: q.accept![0]! } : { option: q.correct };
  };
  return {
    run,
    answer,
    right,
    get state() {
      return state;
    },
  };
}

describe('challenge lifecycle', () => {
  it('is created open until its deadline, with accuracy scoring and no timer', () => {
    const c = challenge();
    expect(c.state.phase).toBe('challenge');
    expect(c.state.settings).toMatchObject({ scoring: 'accuracy', timer: false, teamCount: 0 });
    expect(applyCommand(c.state, { type: 'start' }, { now: 1 })).toMatchObject({ ok: false });
    expect(applyCommand(c.state, { type: 'next' }, { now: 1 })).toMatchObject({ ok: false });
  });

  it('lets players join and fetch each question without its answer', () => {
    const c = challenge();
    c.run(1, { type: 'join', playerId: 'ana', nickname: 'Ana' });
    const shown = c.state.questions.map((_, i) => challengeQuestion(c.state, i));
    expect(shown[0]).toMatchObject({ index: 0, total: 3, options: c.state.questions[0]!.options });
    expect(JSON.stringify(shown)).not.toMatch(/correct|accept|ctr plugins ls|"order":/);
    expect(challengeQuestion(c.state, 3)).toBeUndefined();
  });

  it('takes answers in order, once each, grades them and only then returns the right answer', () => {
    const c = challenge();
    c.run(1, { type: 'join', playerId: 'ana', nickname: 'Ana' });
    expect(c.answer('ana', 1, c.right(1))).toMatchObject({ ok: false, error: 'answer question 1 first' });
    expect(c.answer('bo', 0, c.right(0))).toMatchObject({ ok: false, status: 'forbidden' });
    const first = c.answer('ana', 0, c.right(0), 2_000);
    expect(first).toMatchObject({
      ok: true,
      repeated: false,
      outcome: { index: 0, correct: c.state.questions[0]!.correct, result: { correct: true, points: 1000 }, next: 1 },
    });
    // An offline queue replaying the same answer gets the same outcome; a different one is refused.
    expect(c.answer('ana', 0, c.right(0), 3_000)).toMatchObject({ ok: true, repeated: true, outcome: { result: { points: 1000 } } });
    expect(c.answer('ana', 0, { option: (c.state.questions[0]!.correct + 1) % 4 })).toMatchObject({ ok: false, error: 'already answered' });
    // Waiting an hour earns the same points: a challenge scores accuracy only.
    expect(c.answer('ana', 1, { option: (c.state.questions[1]!.correct + 1) % 4 }, 3_600_000)).toMatchObject({
      ok: true,
      outcome: { result: { correct: false, points: 0 } },
    });
    expect(c.answer('ana', 2, { option: 0 })).toMatchObject({ ok: false, error: 'this question takes a typed answer' });
    const last = c.answer('ana', 2, { text: "ctr plugins 'list'" }, 4_000_000);
    expect(last).toMatchObject({
      ok: true,
      outcome: { kind: 'typed', accept: ['ctr plugins ls'], finished: true, score: 2000, answered: 3 },
    });
    expect(challengeView(c.state, 'ana')).toMatchObject({
      next: 3,
      finished: true,
      score: 2000,
      answers: [{ index: 0 }, { index: 1 }, { index: 2 }],
    });
  });

  it('refuses joins and late answers after the deadline, but replays of recorded answers still return', () => {
    const c = challenge();
    c.run(1, { type: 'join', playerId: 'ana', nickname: 'Ana' });
    c.answer('ana', 0, c.right(0), deadline);
    expect(c.answer('ana', 1, c.right(1), deadline + 1)).toMatchObject({
      ok: false,
      error: 'the challenge is over: its deadline has passed',
    });
    expect(c.answer('ana', 0, c.right(0), deadline + 1)).toMatchObject({ ok: true, repeated: true });
    expect(applyCommand(c.state, { type: 'join', playerId: 'bo', nickname: 'Bo' }, { now: deadline + 1 })).toMatchObject({
      ok: false,
      error: 'the challenge is over: its deadline has passed',
    });
  });

  it('closes early when the host ends it', () => {
    const c = challenge();
    c.run(1, { type: 'join', playerId: 'ana', nickname: 'Ana' });
    c.run(2, { type: 'end' });
    expect(c.state.phase).toBe('podium');
    expect(c.answer('ana', 0, c.right(0))).toMatchObject({ ok: false, error: 'the host closed this challenge' });
  });

  it('reports every player and question as the answers arrive, with typed answers grouped', () => {
    const c = challenge();
    for (const name of ['ana', 'bo', 'cy']) c.run(1, { type: 'join', playerId: name, nickname: name });
    c.answer('ana', 0, c.right(0));
    c.answer('bo', 0, { option: (c.state.questions[0]!.correct + 1) % 4 });
    c.answer('ana', 1, c.right(1));
    c.answer('ana', 2, { text: 'ctr plugin ls -d' });
    const results = challengeResults(c.state);
    expect(results.map((r) => [r.answered, r.right])).toEqual([
      [2, 1],
      [1, 1],
      [1, 0],
    ]);
    expect(results[2]!.typed).toEqual([{ text: 'ctr plugins list -d', count: 1, right: false }]);
    const report = quizReport(c.state);
    expect(report).toMatchObject({ deadline, phase: 'challenge' });
    expect(report.players.map((p) => [p.nickname, p.score, p.answered, p.rank])).toEqual([
      ['ana', 2000, 3, 1],
      ['bo', 0, 1, 2],
      ['cy', 0, 0, 2],
    ]);
    expect(hostSnapshot(c.state).challenge).toMatchObject({
      deadline,
      progress: [{ nickname: 'ana', answered: 3, finished: true }, { answered: 1 }, { answered: 0 }],
    });
  });

  it('lists a player’s own misses: the questions they answered and did not get right, none they have not answered', () => {
    const c = challenge();
    for (const name of ['ana', 'bo']) c.run(1, { type: 'join', playerId: name, nickname: name });
    c.answer('ana', 0, { option: (c.state.questions[0]!.correct + 1) % 4 });
    c.answer('ana', 1, c.right(1));
    c.answer('bo', 0, c.right(0));
    c.answer('bo', 1, { option: (c.state.questions[1]!.correct + 1) % 4 });
    const ana = playerMisses(c.state, 'ana')!;
    expect(ana.map((m) => m.cardId)).toEqual([c.state.questions[0]!.cardId]);
    expect(ana[0]).toMatchObject({ correct: c.state.questions[0]!.correct, yourOption: (c.state.questions[0]!.correct + 1) % 4 });
    // Question 2 is unanswered: its answer has not been shown to Ana, so it is not listed.
    expect(playerMisses(c.state, 'bo')!.map((m) => m.cardId)).toEqual([c.state.questions[1]!.cardId]);
    c.answer('ana', 2, { text: 'ctr images ls' });
    expect(playerMisses(c.state, 'ana')!.map((m) => m.cardId)).toEqual([0, 2].map((i) => c.state.questions[i]!.cardId));
    expect(playerMisses(c.state, 'nobody')).toBeUndefined();
  });
});
