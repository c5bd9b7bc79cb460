// Phase transitions: preview → answering → reveal → leaderboard → … → podium.
import { kindOf, optionCounts, typedGroups } from './grading';
import { teachingOf } from './protocol';
import { pointsFor } from './scoring';
import { activePlayers, standings, teamStandings } from './standings';
import type { Answer, Player, Question, QuestionOutcome, QuestionResult, QuizEvent, QuizState, RevealResult } from './types';

export interface Step {
  state: QuizState;
  events: QuizEvent[];
}

export function currentQuestion(state: QuizState) {
  return state.index >= 0 ? state.questions[state.index] : undefined;
}

/** Players whose answers the question waits for before closing early. */
export function expectedAnswers(state: QuizState): number {
  return activePlayers(state).filter((p) => p.connected).length;
}

export function openQuestion(state: QuizState, index: number, now: number): Step {
  if (index >= state.questions.length) return podium(state, now);
  const question = state.questions[index];
  if (question === undefined) return podium(state, now);
  const base: QuizState = { ...state, index, answers: {}, answeringEndsAt: null };
  if (state.settings.previewSeconds <= 0) return openAnswering(base, now);
  const endsAt = now + state.settings.previewSeconds * 1000;
  return {
    state: { ...base, phase: 'preview', phaseStartedAt: now, deadline: endsAt },
    events: [
      {
        at: now,
        type: 'question-preview',
        index,
        total: state.questions.length,
        deckId: question.deckId,
        prompt: question.prompt,
        endsAt,
      },
    ],
  };
}

/** Extra answering time granted to a player, in ms (0 for most). */
export function extraMsOf(state: QuizState, playerId: string): number {
  return (state.extraSeconds?.[playerId] ?? 0) * 1000;
}

/** Extra time of the active players who have some: the question waits for the longest. */
function extraMsOfActive(state: QuizState): Record<string, number> {
  const extra: Record<string, number> = {};
  for (const p of activePlayers(state)) {
    const ms = extraMsOf(state, p.id);
    if (ms > 0) extra[p.id] = ms;
  }
  return extra;
}

/** When the timer closes the question: the displayed end, the longest extension, and the grace. */
export function answeringDeadline(state: QuizState, endsAt: number): number {
  return endsAt + Math.max(0, ...Object.values(extraMsOfActive(state))) + state.settings.graceMs;
}

export function openAnswering(state: QuizState, now: number): Step {
  const question = currentQuestion(state);
  if (question === undefined) return podium(state, now);
  const timed = state.settings.timer !== false;
  const endsAt = timed ? now + state.settings.secondsPerQuestion * 1000 : null;
  const extraMs = timed ? extraMsOfActive(state) : {};
  return {
    state: {
      ...state,
      phase: 'answering',
      phaseStartedAt: now,
      answeringEndsAt: endsAt,
      deadline: endsAt === null ? null : answeringDeadline(state, endsAt),
      answers: {},
    },
    events: [
      {
        at: now,
        type: 'question-open',
        index: state.index,
        total: state.questions.length,
        deckId: question.deckId,
        prompt: question.prompt,
        kind: kindOf(question),
        options: question.options,
        ...(question.diagram ? { diagram: question.diagram } : {}),
        endsAt,
        ...(Object.keys(extraMs).length > 0 ? { extraMs } : {}),
      },
    ],
  };
}

export function reveal(state: QuizState, now: number): Step {
  const question = currentQuestion(state);
  if (question === undefined) return podium(state, now);
  // Every answer counts in the numbers, including those of players who have left since.
  const given = Object.values(state.answers);
  const counts = optionCounts(question, given);
  const typed = kindOf(question) === 'typed' ? typedGroups(given) : undefined;
  const answered = given.length;
  let right = 0;
  const players = state.players.map((p): Player => {
    const answer = state.answers[p.id];
    if (p.status !== 'active') return p;
    if (answer === undefined) {
      const none = { picks: { ...p.picks, [state.index]: null }, credits: { ...p.credits, [state.index]: null } };
      return { ...p, streak: 0, last: { option: null, correct: false, points: 0 }, ...none };
    }
    const outcome = scoreAnswer(state, p, answer);
    if (outcome.correct) right++;
    return {
      ...p,
      score: p.score + outcome.points,
      streak: outcome.streak,
      rightCount: p.rightCount + (outcome.correct ? 1 : 0),
      answeredCount: p.answeredCount + 1,
      last: outcome.last,
      ...recordAnswer(p, state.index, answer),
    };
  });
  const result: QuestionResult = {
    index: state.index,
    cardId: question.cardId,
    deckId: question.deckId,
    skipped: false,
    counts,
    ...(typed === undefined ? {} : { typed }),
    answered,
    right,
    players: players.filter((p) => p.status === 'active').length,
  };
  const next: QuizState = {
    ...state,
    phase: 'reveal',
    phaseStartedAt: now,
    deadline: null,
    answeringEndsAt: null,
    players,
    results: [...state.results, result],
  };
  const ranks = new Map(standings(next).map((s) => [s.playerId, s.rank]));
  const results: Record<string, RevealResult> = {};
  for (const p of next.players) {
    if (p.status !== 'active' || p.last === null) continue;
    results[p.id] = { ...p.last, score: p.score, rank: ranks.get(p.id) ?? 0, streak: p.streak };
  }
  return {
    state: next,
    events: [
      {
        at: now,
        type: 'reveal',
        index: state.index,
        ...answerKey(question),
        ...(typed === undefined ? {} : { typed }),
        counts,
        answered,
        right,
        results,
        ...teachingOf(question),
      },
    ],
  };
}

/** A player's record of an answer, for the report and their misses: the option picked (option questions) and the credit. */
export function recordAnswer(player: Pick<Player, 'picks' | 'credits'>, index: number, answer: Answer) {
  const picks = answer.option >= 0 ? { ...player.picks, [index]: answer.option } : player.picks;
  return { ...(picks === undefined ? {} : { picks }), credits: { ...player.credits, [index]: answer.credit } };
}

/** What a reveal says the right answer was: the option, the accepted commands, or the order. */
export function answerKey(question: Question) {
  return {
    kind: kindOf(question),
    correct: question.correct,
    ...(question.accept === undefined ? {} : { accept: question.accept }),
    ...(question.order === undefined ? {} : { order: question.order }),
  };
}

/** A player's points, streak and outcome for one graded answer. */
export function scoreAnswer(state: QuizState, player: Player, answer: Answer) {
  const correct = answer.credit >= 1;
  const streak = correct ? player.streak + 1 : 0;
  const durationMs = state.settings.secondsPerQuestion * 1000 + extraMsOf(state, player.id);
  const points = pointsFor(state.settings, { credit: answer.credit, elapsedMs: answer.elapsedMs, durationMs }, streak);
  const last: QuestionOutcome = {
    option: answer.option < 0 ? null : answer.option,
    correct,
    points,
    credit: answer.credit,
    ...(answer.text === undefined ? {} : { text: answer.text }),
    ...(answer.order === undefined ? {} : { order: answer.order }),
  };
  return { correct, streak, points, last };
}

export function leaderboard(state: QuizState, now: number): Step {
  return {
    state: { ...state, phase: 'leaderboard', phaseStartedAt: now, deadline: null },
    events: [
      {
        at: now,
        type: 'leaderboard',
        index: state.index,
        total: state.questions.length,
        standings: standings(state),
        teams: teamStandings(state),
      },
    ],
  };
}

/** Drops the current question unscored and moves on. */
export function skip(state: QuizState, now: number): Step {
  const question = currentQuestion(state);
  if (question === undefined) return podium(state, now);
  const skipped: QuestionResult = {
    index: state.index,
    cardId: question.cardId,
    deckId: question.deckId,
    skipped: true,
    counts: question.options.map(() => 0),
    answered: 0,
    right: 0,
    players: activePlayers(state).length,
  };
  const base: QuizState = { ...state, answers: {}, results: [...state.results, skipped] };
  const next = openQuestion(base, state.index + 1, now);
  return { state: next.state, events: [{ at: now, type: 'question-skipped', index: state.index }, ...next.events] };
}

export function podium(state: QuizState, now: number): Step {
  const next: QuizState = { ...state, phase: 'podium', phaseStartedAt: now, deadline: null, answeringEndsAt: null, answers: {} };
  return { state: next, events: [{ at: now, type: 'podium', standings: standings(next), teams: teamStandings(next) }] };
}
