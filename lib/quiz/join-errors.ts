// Joining a game: the code's shape, and why a join was refused, as the codes POST /api/join sends beside
// its `error` text (the server names the refusal, the join form words it for the player).

/** A join code: the six digits on the host's screen. */
export const JOIN_CODE_PATTERN = /^\d{6}$/;

export const JOIN_ERROR_CODES = [
  'game_not_found',
  'game_over',
  'lobby_locked',
  'nickname_taken',
  'nickname_removed',
  'nickname_invalid',
  'game_full',
  'rate_limited',
  'invalid_request',
] as const;

export type JoinErrorCode = (typeof JOIN_ERROR_CODES)[number];

export const isJoinErrorCode = (value: unknown): value is JoinErrorCode => (JOIN_ERROR_CODES as readonly unknown[]).includes(value);
