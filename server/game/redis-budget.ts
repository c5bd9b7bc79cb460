// The live-game budget in Redis, shared by every process: a sorted set of games by expiry, their
// sizes in a hash, and the running total. Expired entries are dropped inside each admission.
import type Redis from 'ioredis';

import { retryAfterMs, type Admission, type BudgetLimits, type GameBudget } from './budget';
import { guardStore } from './store-errors';

const KEYS = ['quiz:{budget}:games', 'quiz:{budget}:bytes', 'quiz:{budget}:total'] as const;

const PRUNE = `
local expired = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
for _, id in ipairs(expired) do
  local b = redis.call('HGET', KEYS[2], id)
  if b then redis.call('DECRBY', KEYS[3], b) redis.call('HDEL', KEYS[2], id) end
end
if #expired > 0 then redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1]) end
local count = redis.call('ZCARD', KEYS[1])
local total = tonumber(redis.call('GET', KEYS[3]) or '0')`;

// ARGV: now, gameId ('' to only check), bytes, expiresAt, maxGames, maxBytes.
// Returns {1, count, total} when admitted, {0, earliest expiry, reason} when full.
const ADMIT = `${PRUNE}
local bytes = tonumber(ARGV[3])
if count >= tonumber(ARGV[5]) or total + bytes > tonumber(ARGV[6]) then
  local first = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  local reason = 'bytes'
  if count >= tonumber(ARGV[5]) then reason = 'games' end
  return {0, first[2] or ARGV[1], reason}
end
if ARGV[2] ~= '' then
  redis.call('ZADD', KEYS[1], ARGV[4], ARGV[2])
  redis.call('HSET', KEYS[2], ARGV[2], bytes)
  redis.call('INCRBY', KEYS[3], bytes)
end
return {1, count, tostring(total)}`;

const RELEASE = `
local b = redis.call('HGET', KEYS[2], ARGV[1])
if b then redis.call('DECRBY', KEYS[3], b) redis.call('HDEL', KEYS[2], ARGV[1]) end
redis.call('ZREM', KEYS[1], ARGV[1])
return 1`;

const USAGE = `${PRUNE}
return {count, tostring(total)}`;

type Scripted = Redis & {
  quizBudgetAdmit(...args: (string | number)[]): Promise<[number, string, string]>;
  quizBudgetRelease(...args: (string | number)[]): Promise<number>;
  quizBudgetUsage(...args: (string | number)[]): Promise<[number, string]>;
};

export class RedisBudget implements GameBudget {
  private redis: Scripted;

  constructor(
    redis: Redis,
    private readonly limits: BudgetLimits,
  ) {
    this.redis = redis as Scripted;
    if (typeof this.redis.quizBudgetAdmit !== 'function') {
      this.redis.defineCommand('quizBudgetAdmit', { numberOfKeys: 3, lua: ADMIT });
      this.redis.defineCommand('quizBudgetRelease', { numberOfKeys: 3, lua: RELEASE });
      this.redis.defineCommand('quizBudgetUsage', { numberOfKeys: 3, lua: USAGE });
    }
  }

  admit(gameId: string, bytes: number, expiresAt: number, now: number): Promise<Admission> {
    return this.run(gameId, bytes, expiresAt, now);
  }

  check(bytes: number, now: number): Promise<Admission> {
    return this.run('', bytes, 0, now);
  }

  async setExpiry(gameId: string, expiresAt: number): Promise<void> {
    await guardStore(() => this.redis.zadd(KEYS[0], 'XX', expiresAt, gameId));
  }

  async release(gameId: string): Promise<void> {
    await guardStore(() => this.redis.quizBudgetRelease(...KEYS, gameId));
  }

  async usage(now: number): Promise<{ games: number; bytes: number }> {
    const [games, bytes] = await guardStore(() => this.redis.quizBudgetUsage(...KEYS, now));
    return { games: Number(games), bytes: Number(bytes) };
  }

  private async run(gameId: string, bytes: number, expiresAt: number, now: number): Promise<Admission> {
    const { maxGames, maxBytes } = this.limits;
    const [ok, earliest, reason] = await guardStore(() =>
      this.redis.quizBudgetAdmit(...KEYS, now, gameId, bytes, expiresAt, maxGames, maxBytes),
    );
    if (ok === 1) return { ok: true };
    return { ok: false, reason: reason === 'games' ? 'games' : 'bytes', retryAfterMs: retryAfterMs(Number(earliest), now) };
  }
}
