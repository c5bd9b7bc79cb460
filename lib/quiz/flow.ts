// Phase transitions: preview → answering → reveal → leaderboard → … → podium.
import { teachingOf } from './protocol';
import { pointsFor } from './scoring';
import { activePlayers, standings, teamStandings } from './standings';
import type { Player, QuestionResult, QuizEvent, QuizState, RevealResult } from './types';

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

export function openAnswering(state: QuizState, now: number): Step {
  const question = currentQuestion(state);
  if (question === undefined) return podium(state, now);
  const endsAt = now + state.settings.secondsPerQuestion * 1000;
  return {
    state: {
      ...state,
      phase: 'answering',
      phaseStartedAt: now,
      answeringEndsAt: endsAt,
      deadline: endsAt + state.settings.graceMs,
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
        options: question.options,
        ...(question.diagram ? { diagram: question.diagram } : {}),
        endsAt,
      },
    ],
  };
}

export function reveal(state: QuizState, now: number): Step {
  const question = currentQuestion(state);
  if (question === undefined) return podium(state, now);
  // Every answer counts in the numbers, including those of players who have left since.
  const counts = question.options.map(() => 0);
  let answered = 0;
  for (const answer of Object.values(state.answers)) {
    counts[answer.option] = (counts[answer.option] ?? 0) + 1;
    answered++;
  }
  let right = 0;
  const players = state.players.map((p): Player => {
    const answer = state.answers[p.id];
    if (p.status !== 'active') return p;
    const picks = { ...p.picks, [state.index]: answer?.option ?? null };
    if (answer === undefined) return { ...p, streak: 0, last: { option: null, correct: false, points: 0 }, picks };
    const correct = answer.option === question.correct;
    if (correct) right++;
    const streak = correct ? p.streak + 1 : 0;
    const points = pointsFor(state.settings, { correct, elapsedMs: answer.elapsedMs }, streak);
    return {
      ...p,
      score: p.score + points,
      streak,
      rightCount: p.rightCount + (correct ? 1 : 0),
      answeredCount: p.answeredCount + 1,
      last: { option: answer.option, correct, points },
      picks,
    };
  });
  const result: QuestionResult = {
    index: state.index,
    cardId: question.cardId,
    deckId: question.deckId,
    skipped: false,
    counts,
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
      { at: now, type: 'reveal', index: state.index, correct: question.correct, counts, answered, right, results, ...teachingOf(question) },
    ],
  };
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
