// A challenge on this phone, kept in localStorage so it survives a closed tab and plays offline: the
// player's token, the questions fetched one at a time when it opened, the answers given (the queue of
// those not yet sent) and the outcomes the server sent back. One record per join code.

import type { AnswerKey, ChallengeQuestionView, GameJoined } from '@/lib/quiz/protocol';
import type { AnswerResponse, QuestionOutcome } from '@/lib/quiz/types';

export type ChallengeQuestion = ChallengeQuestionView;
export type ChallengeResponse = AnswerResponse;

/** What the server returns once it recorded an answer (or in the progress): the outcome and the right answer. */
export type ChallengeOutcome = AnswerKey & { index: number; result: QuestionOutcome | null };

export interface SavedChallenge {
  code: string;
  gameId: string;
  playerToken: string;
  nickname: string;
  deadline: number;
  total: number;
  questions: ChallengeQuestion[];
  /** Every answer given on this phone, by question index. */
  answers: Record<number, ChallengeResponse>;
  /** Answers not yet recorded by the server, oldest first. */
  queue: number[];
  outcomes: Record<number, ChallengeOutcome>;
  score: number;
  /** Set when the server refused further answers (deadline passed, host closed it). */
  closed: string | null;
}

const key = (code: string) => `cc-challenge:${code}`;

export function loadChallenge(code: string): SavedChallenge | null {
  try {
    const raw = localStorage.getItem(key(code));
    return raw === null ? null : (JSON.parse(raw) as SavedChallenge);
  } catch {
    return null;
  }
}

/** False when the phone would not keep it (storage blocked or full): the screen says so. */
export function saveChallenge(saved: SavedChallenge): boolean {
  try {
    localStorage.setItem(key(saved.code), JSON.stringify(saved));
    return true;
  } catch {
    return false;
  }
}

export function forgetChallenge(code: string): void {
  try {
    localStorage.removeItem(key(code));
  } catch {
    // Nothing was kept.
  }
}

/** The first question not answered on this phone, or `total` when all are. */
export function nextQuestion(saved: SavedChallenge): number {
  for (let i = 0; i < saved.total; i++) if (saved.answers[i] === undefined && saved.outcomes[i] === undefined) return i;
  return saved.total;
}

/** A fresh record for a challenge just joined (from its own screen or the live join form). */
export function savedFromJoin(code: string, joined: GameJoined): SavedChallenge {
  return {
    code,
    gameId: joined.gameId,
    playerToken: joined.playerToken,
    nickname: joined.nickname,
    deadline: joined.deadline ?? 0,
    total: 0,
    questions: [],
    answers: {},
    queue: [],
    outcomes: {},
    score: 0,
    closed: null,
  };
}
