// Reads the server's limits from the environment (every variable is listed in server/README.md).
import type { HttpLimits } from './app';
import { DEFAULT_GAME_OPTIONS, type GameServiceOptions } from './game/options';

type Env = Record<string, string | undefined>;

function positive(env: Env, name: string): number | undefined {
  const value = env[name];
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer, got "${value}"`);
  return n;
}

const perMinute = (limit: number | undefined) => (limit === undefined ? undefined : { limit, windowMs: 60_000 });

/** Drops undefined entries, so that defaults apply to whatever is not set. */
function defined<T extends object>(values: { [K in keyof T]?: T[K] | undefined }): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export interface EnvConfig {
  game: Partial<GameServiceOptions>;
  http: Partial<HttpLimits>;
  redisTimeoutMs: number | undefined;
  warnings: string[];
}

export function configFromEnv(env: Env = process.env): EnvConfig {
  const n = (name: string) => positive(env, name);
  const streamsPerToken = n('QUIZ_STREAMS_PER_TOKEN');
  const streamsPerIp = n('QUIZ_STREAMS_PER_IP');
  const maxStreams = n('QUIZ_MAX_STREAMS');
  const memoryMb = n('QUIZ_MAX_GAME_MEMORY_MB');
  const lobbyMinutes = n('QUIZ_LOBBY_TTL_MINUTES');
  const game = defined<GameServiceOptions>({
    joinPerIp: perMinute(n('QUIZ_JOIN_PER_IP_PER_MINUTE')),
    failedJoinPerIp: perMinute(n('QUIZ_FAILED_JOINS_PER_IP_PER_MINUTE')),
    failedJoinGlobal: perMinute(n('QUIZ_FAILED_JOINS_PER_MINUTE')),
    createPerIp: perMinute(n('QUIZ_CREATES_PER_IP_PER_MINUTE')),
    maxGames: n('QUIZ_MAX_GAMES'),
    maxGameBytes: memoryMb === undefined ? undefined : memoryMb * 1024 * 1024,
    lobbyTtlMs: lobbyMinutes === undefined ? undefined : lobbyMinutes * 60_000,
    maxConcurrentCreates: n('QUIZ_MAX_CONCURRENT_CREATES'),
    answerHoldMs: n('QUIZ_ANSWER_HOLD_MS'),
    publicUrl: env.PUBLIC_URL || undefined,
  });
  if (streamsPerToken !== undefined || streamsPerIp !== undefined || maxStreams !== undefined) {
    const base = DEFAULT_GAME_OPTIONS.streams;
    game.streams = { perToken: streamsPerToken ?? base.perToken, perIp: streamsPerIp ?? base.perIp, total: maxStreams ?? base.total };
  }
  const http = defined<HttpLimits>({
    requestTimeoutMs: n('QUIZ_REQUEST_TIMEOUT_MS'),
    connectionTimeoutMs: n('QUIZ_CONNECTION_TIMEOUT_MS'),
    maxConnections: n('QUIZ_MAX_CONNECTIONS'),
  });
  const warnings = env.QUIZ_JOIN_PER_CODE_PER_MINUTE
    ? [
        'QUIZ_JOIN_PER_CODE_PER_MINUTE is no longer used: failed joins now cost the address that sends them, not the game (server/README.md)',
      ]
    : [];
  return { game, http, redisTimeoutMs: n('QUIZ_REDIS_TIMEOUT_MS'), warnings };
}
