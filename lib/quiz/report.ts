// The end-of-game report the host keeps: players, scores, and each question's accuracy.
import { challengeResults } from './challenge';
import { kindOf } from './grading';
import { standings, teamStandings } from './standings';
import type { QuizState } from './types';

export function quizReport(state: QuizState) {
  const ranks = new Map(standings(state).map((s) => [s.playerId, s.rank]));
  return {
    phase: state.phase,
    settings: state.settings,
    // Active players, then those who left or were kicked (with the score they had then).
    players: [...state.players, ...state.departed].map((p) => ({
      playerId: p.id,
      nickname: p.nickname,
      team: p.team,
      status: p.status,
      score: p.score,
      right: p.rightCount,
      answered: p.answeredCount,
      rank: ranks.get(p.id) ?? null,
      deviceId: p.deviceId ?? null,
      picks: p.picks ?? {},
      credits: p.credits ?? {},
    })),
    teams: teamStandings(state),
    ...(state.challenge === undefined ? {} : { deadline: state.challenge.deadline }),
    questions: (state.challenge === undefined ? state.results : challengeResults(state)).map((r) => {
      const question = state.questions[r.index];
      return {
        index: r.index,
        cardId: r.cardId,
        deckId: r.deckId,
        prompt: question?.prompt ?? '',
        options: question?.options ?? [],
        kind: question === undefined ? 'choice' : kindOf(question),
        correct: question?.correct ?? -1,
        ...(question?.accept === undefined ? {} : { accept: question.accept }),
        ...(question?.order === undefined ? {} : { order: question.order }),
        ...(r.typed === undefined ? {} : { typed: r.typed }),
        skipped: r.skipped,
        counts: r.counts,
        answered: r.answered,
        right: r.right,
        players: r.players,
        accuracy: r.skipped || r.players === 0 ? null : r.right / r.players,
      };
    }),
  };
}

export type QuizReport = ReturnType<typeof quizReport>;
