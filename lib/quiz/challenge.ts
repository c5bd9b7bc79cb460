// Challenge mode: the host publishes a game with a deadline; each player plays it alone, at their own
// pace, one question after another. Answers arrive in order, once each, until the deadline; each is graded
// as it arrives and only then is its right answer returned (challengeAnswer). Scoring is accuracy-only:
// a phone may answer offline and send later, so no speed can be measured fairly. A partly right order
// earns its share (grading.ts), and the streak bonus applies when the host chose it.
import { answerKey, recordAnswer, scoreAnswer } from './flow';
import { kindOf, gradeResponse, optionCounts, typedGroups } from './grading';
import type { Answer, ChallengeProgress, Player, QuestionResult, QuizState, AnswerResponse } from './types';

/** The shortest and longest time a challenge may stay open. */
export const CHALLENGE_MIN_MS = 5 * 60_000;
export const CHALLENGE_MAX_MS = 14 * 24 * 60 * 60_000;

export const isChallenge = (state: QuizState) => state.challenge !== undefined;

/** Turns a freshly created game (in its lobby) into a challenge open until `deadline`. */
export function asChallenge(state: QuizState, deadline: number): QuizState {
  return {
    ...state,
    phase: 'challenge',
    settings: { ...state.settings, scoring: 'accuracy', timer: false, teamCount: 0, previewSeconds: 0 },
    challenge: { deadline, progress: {}, results: [] },
  };
}

/** Why a challenge takes no more joins or answers at `now`, or null while it is open. */
export function challengeClosed(state: QuizState, now: number): string | null {
  if (state.challenge === undefined) return 'this game is not a challenge';
  if (state.phase !== 'challenge') return 'the host closed this challenge';
  if (now > state.challenge.deadline) return 'the challenge is over: its deadline has passed';
  return null;
}

const emptyProgress = (): ChallengeProgress => ({ next: 0, outcomes: [], finishedAt: null });

export function progressOf(state: QuizState, playerId: string): ChallengeProgress {
  return state.challenge?.progress[playerId] ?? emptyProgress();
}

export type ChallengeAnswerResult =
  | { ok: true; state: QuizState; outcome: ReturnType<typeof outcomeView>; repeated: boolean; player: Player }
  | { ok: false; error: string; status: 'conflict' | 'forbidden' | 'not-found' | 'invalid' };

/** The graded answer as its player sees it: their outcome, the right answer, and their totals. */
function outcomeView(state: QuizState, index: number, player: Player, progress: ChallengeProgress) {
  // Only called for a question this player has answered: it exists.
  const question = state.questions[index]!;
  const outcome = progress.outcomes[index];
  return {
    index,
    ...answerKey(question),
    result: outcome ?? null,
    score: player.score,
    answered: progress.outcomes.length,
    total: state.questions.length,
    next: progress.next,
    finished: progress.finishedAt !== null,
  };
}

const sameResponse = (recorded: { option: number | null; text?: string; order?: number[] }, response: AnswerResponse) =>
  'option' in response
    ? recorded.option === response.option
    : 'text' in response
      ? recorded.text === response.text.trim()
      : recorded.order?.join() === response.order.join();

/**
 * Records a player's answer to question `index` as of `now` (when it reached the server). The answer to
 * an earlier question, sent again with the same response (an offline queue replaying), gets the recorded
 * outcome back unchanged.
 */
export function challengeAnswer(
  state: QuizState,
  playerId: string,
  index: number,
  response: AnswerResponse,
  now: number,
): ChallengeAnswerResult {
  const player = state.players.find((p) => p.id === playerId && p.status === 'active');
  if (player === undefined) return { ok: false, error: 'not a player in this challenge', status: 'forbidden' };
  const progress = progressOf(state, playerId);
  const recorded = progress.outcomes[index];
  if (recorded !== undefined) {
    if (!sameResponse(recorded, response)) return { ok: false, error: 'already answered', status: 'conflict' };
    return { ok: true, state, outcome: outcomeView(state, index, player, progress), repeated: true, player };
  }
  const closed = challengeClosed(state, now);
  if (closed !== null) return { ok: false, error: closed, status: 'conflict' };
  const question = state.questions[index];
  if (question === undefined) return { ok: false, error: 'no such question', status: 'not-found' };
  if (index !== progress.next) return { ok: false, error: `answer question ${progress.next + 1} first`, status: 'conflict' };
  const graded = gradeResponse(question, response);
  if (!graded.ok) return { ok: false, error: graded.error, status: 'invalid' };
  const answer: Answer = { ...graded.answer, elapsedMs: 0 };
  const scored = scoreAnswer(state, player, answer);
  const updatedPlayer: Player = {
    ...player,
    score: player.score + scored.points,
    streak: scored.streak,
    rightCount: player.rightCount + (scored.correct ? 1 : 0),
    answeredCount: player.answeredCount + 1,
    last: scored.last,
    ...recordAnswer(player, index, answer),
  };
  const next = index + 1;
  const updatedProgress: ChallengeProgress = {
    next,
    outcomes: [...progress.outcomes, { ...scored.last, at: now }],
    finishedAt: next >= state.questions.length ? now : null,
  };
  const challenge = state.challenge!;
  const updated: QuizState = {
    ...state,
    players: state.players.map((p) => (p.id === playerId ? updatedPlayer : p)),
    challenge: { ...challenge, progress: { ...challenge.progress, [playerId]: updatedProgress } },
  };
  return {
    ok: true,
    state: updated,
    outcome: outcomeView(updated, index, updatedPlayer, updatedProgress),
    repeated: false,
    player: updatedPlayer,
  };
}

/** The event the host's screen gets for a recorded challenge answer. */
export function challengeAnswerEvent(result: Extract<ChallengeAnswerResult, { ok: true }>, now: number) {
  return {
    at: now,
    type: 'challenge-answer' as const,
    playerId: result.player.id,
    nickname: result.player.nickname,
    index: result.outcome.index,
    correct: result.outcome.result?.correct ?? false,
    points: result.outcome.result?.points ?? 0,
    score: result.player.score,
    answered: result.outcome.answered,
    finished: result.outcome.finished,
  };
}

/** Question `index` as a challenge player may see it before answering: nothing about the answer. */
export function challengeQuestion(state: QuizState, index: number) {
  const question = state.questions[index];
  if (question === undefined) return undefined;
  return {
    index,
    total: state.questions.length,
    deckId: question.deckId,
    kind: kindOf(question),
    prompt: question.prompt,
    options: question.options,
    ...(question.diagram ? { diagram: question.diagram } : {}),
  };
}

/** Per question, from every player's recorded answers (those who left included): the report's numbers. */
export function challengeResults(state: QuizState): QuestionResult[] {
  const progress = Object.values(state.challenge?.progress ?? {});
  const active = state.players.filter((p) => p.status === 'active').length;
  return state.questions.map((question, index) => {
    const answers: Answer[] = progress.flatMap((p) => {
      const o = p.outcomes[index];
      if (o === undefined) return [];
      return [
        {
          option: o.option ?? -1,
          elapsedMs: 0,
          credit: o.credit ?? (o.correct ? 1 : 0),
          ...(o.text === undefined ? {} : { text: o.text }),
          ...(o.order === undefined ? {} : { order: o.order }),
        },
      ];
    });
    const typed = kindOf(question) === 'typed' ? typedGroups(answers) : undefined;
    return {
      index,
      cardId: question.cardId,
      deckId: question.deckId,
      skipped: false,
      counts: optionCounts(question, answers),
      ...(typed === undefined ? {} : { typed }),
      answered: answers.length,
      right: answers.filter((a) => a.credit >= 1).length,
      players: active,
    };
  });
}

/** What a challenge player sees of their own run: the deadline, where they are, their outcomes. */
export function challengeView(state: QuizState, playerId: string) {
  const player = state.players.find((p) => p.id === playerId);
  const progress = progressOf(state, playerId);
  return {
    deadline: state.challenge?.deadline ?? 0,
    open: state.phase === 'challenge',
    total: state.questions.length,
    next: progress.next,
    finished: progress.finishedAt !== null,
    score: player?.score ?? 0,
    nickname: player?.nickname ?? '',
    reducedMotion: state.settings.reducedMotion === true,
    // Every answered question's outcome and right answer: all were recorded before they are sent.
    answers: progress.outcomes.map((outcome, index) => ({ index, ...answerKey(state.questions[index]!), result: outcome })),
  };
}

/** The host's running view: per player how far they got and their score. */
export function challengeProgressForHost(state: QuizState) {
  return state.players
    .filter((p) => p.status === 'active')
    .map((p) => {
      const progress = progressOf(state, p.id);
      return {
        playerId: p.id,
        nickname: p.nickname,
        answered: progress.outcomes.length,
        right: p.rightCount,
        score: p.score,
        finished: progress.finishedAt !== null,
      };
    });
}
