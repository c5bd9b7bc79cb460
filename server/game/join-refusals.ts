// Names a refused join with a JoinErrorCode, sent beside the `error` text. The engine and the
// service decide refusals in words; this maps those words (and statuses) in one place, and
// __tests__/server/join-refusals.test.ts drives each refusal through the API so a reworded reason
// shows up there rather than as a client with nothing to say.
import type { JoinErrorCode } from '@/lib/quiz/join-errors';

import { HttpError } from './http-error';

const BY_REASON: Record<string, JoinErrorCode> = {
  'no game with this code': 'game_not_found',
  'the game is over': 'game_over',
  'the lobby is locked': 'lobby_locked',
  'nickname taken': 'nickname_taken',
  'the host removed this nickname from the game': 'nickname_removed',
  'the game is full': 'game_full',
};

// A join body passed its schema before the engine saw it, so the engine's only 400 is the nickname.
const BY_STATUS: Partial<Record<number, JoinErrorCode>> = { 400: 'nickname_invalid', 404: 'game_not_found', 429: 'rate_limited' };

/** Rethrows a join's error with its code set; server errors (5xx) stay as they are. */
export function codeJoinRefusal(error: unknown): never {
  if (error instanceof HttpError && error.statusCode < 500) {
    error.code ??= BY_REASON[error.message] ?? BY_STATUS[error.statusCode];
  }
  throw error;
}
