// Fixed-window counters behind one interface: in this process's memory (a bounded LRU), or in
// Redis so that every process counts against the same limits (redis-rate-store.ts).

export interface RateRule {
  limit: number;
  windowMs: number;
}

export interface RateStore {
  /** Counts one event for `key` in its current window and returns the window's count so far. */
  hit(key: string, rule: RateRule, now: number): Promise<number>;
  /** The current window's count, without counting. */
  peek(key: string, rule: RateRule, now: number): Promise<number>;
}

interface Window {
  start: number;
  count: number;
}

/**
 * Counters in a Map kept in least-recently-used order: a key touched moves to the end, and past
 * `maxKeys` the least recently touched key is forgotten, never everything at once. An address
 * that keeps trying stays recent, so it stays counted however many other keys pass through.
 */
export class MemoryRateStore implements RateStore {
  private windows = new Map<string, Window>();

  constructor(private readonly maxKeys = 50_000) {}

  async hit(key: string, rule: RateRule, now: number): Promise<number> {
    const window = this.touch(key, rule, now) ?? { start: now, count: 0 };
    window.count++;
    this.windows.set(key, window);
    while (this.windows.size > this.maxKeys) this.windows.delete(this.windows.keys().next().value as string);
    return window.count;
  }

  async peek(key: string, rule: RateRule, now: number): Promise<number> {
    return this.touch(key, rule, now)?.count ?? 0;
  }

  /** The key's live window, moved to the most recent end; an ended window is dropped. */
  private touch(key: string, rule: RateRule, now: number): Window | undefined {
    const window = this.windows.get(key);
    if (window === undefined) return undefined;
    this.windows.delete(key);
    if (now - window.start >= rule.windowMs) return undefined;
    this.windows.set(key, window);
    return window;
  }

  size(): number {
    return this.windows.size;
  }
}

/** Seconds until a window that started at most `windowMs` ago is surely over (for Retry-After). */
export function retryAfterSeconds(rule: RateRule): number {
  return Math.max(1, Math.ceil(rule.windowMs / 1000));
}
