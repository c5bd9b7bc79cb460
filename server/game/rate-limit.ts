// Fixed-window counters, per process: enough to blunt join-code guessing and floods.

export interface RateRule {
  limit: number;
  windowMs: number;
}

export class RateLimiter {
  private windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly rule: RateRule,
    private readonly maxKeys = 50_000,
  ) {}

  /** Counts one attempt; false when the key is over its limit for the current window. */
  attempt(key: string, now: number): boolean {
    let window = this.windows.get(key);
    if (window === undefined || now - window.start >= this.rule.windowMs) {
      if (this.windows.size >= this.maxKeys) this.prune(now);
      window = { start: now, count: 0 };
      this.windows.set(key, window);
    }
    window.count++;
    return window.count <= this.rule.limit;
  }

  private prune(now: number): void {
    for (const [key, w] of this.windows) if (now - w.start >= this.rule.windowMs) this.windows.delete(key);
    // Still full of live windows: forget the oldest rather than grow without bound.
    if (this.windows.size >= this.maxKeys) this.windows.clear();
  }
}
