// What a player reads when a join is refused: the server's code (lib/quiz/join-errors.ts) in
// words that say what to do, never the server's own text unless it sent a code we do not know.
import type { JoinErrorCode } from '@/lib/quiz/join-errors';
import { ApiError } from '@/lib/quiz/live-client';
import { NICKNAME_MAX } from '@/lib/quiz/nickname';

const spaced = (code: string) => `${code.slice(0, 3)} ${code.slice(3)}`;

const MESSAGES: Record<JoinErrorCode, (gameCode: string, nickname: string) => string> = {
  game_not_found: (code) => `There is no game with code ${spaced(code)}. Check the code on the host’s screen.`,
  lobby_locked: () => 'The host has locked this game: nobody new can join. Ask the host to unlock it, then try again.',
  nickname_taken: (_, nickname) =>
    `Someone in this game is already called “${nickname.trim()}” (or a name that looks the same). Choose another nickname.`,
  nickname_removed: () =>
    'The host removed a player with this nickname (or one that looks the same) from this game. Choose another nickname.',
  nickname_invalid: () => `Choose a nickname of 1 to ${NICKNAME_MAX} characters that others can see: letters, digits, spaces or emoji.`,
  game_full: () => 'This game is full. Ask the host whether someone can make room.',
  game_over: () => 'That game has ended. Ask the host for the code of the next one.',
  rate_limited: () => 'Too many tries to join from this network. Wait a minute, then try again.',
  invalid_request: () => `Check the code (6 digits) and the nickname (1 to ${NICKNAME_MAX} characters), then try again.`,
};

export function joinErrorMessage(error: unknown, gameCode: string, nickname: string): string {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error);
  if (error.code !== undefined) return MESSAGES[error.code](gameCode, nickname);
  // Unreachable: the client's message (lib/quiz/live-client.ts) already says so in words.
  if (error.status === 0) return error.message;
  if (error.status === 503) return 'The quiz server is busy. Try again in a moment.';
  if (error.status >= 500) return 'The quiz server had a problem. Try again in a moment.';
  return `The game refused to let you join (the server said: ${error.message}).`;
}
