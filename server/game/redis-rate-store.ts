// Rate-limit counters in Redis, shared by every process: INCR, and PEXPIRE on the window's first
// hit, in one script. Keys expire with their window, so Redis holds only live windows.
import type Redis from 'ioredis';

import type { RateRule, RateStore } from './rate-limit';
import { guardStore } from './store-errors';

const HIT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return count`;

type WithHit = Redis & { quizRateHit(key: string, windowMs: number): Promise<number> };

const rateKey = (key: string) => `quiz:rate:${key}`;

export class RedisRateStore implements RateStore {
  private redis: WithHit;

  constructor(redis: Redis) {
    this.redis = redis as WithHit;
    if (typeof this.redis.quizRateHit !== 'function') this.redis.defineCommand('quizRateHit', { numberOfKeys: 1, lua: HIT });
  }

  hit(key: string, rule: RateRule): Promise<number> {
    return guardStore(() => this.redis.quizRateHit(rateKey(key), rule.windowMs));
  }

  async peek(key: string): Promise<number> {
    return Number((await guardStore(() => this.redis.get(rateKey(key)))) ?? 0);
  }
}
