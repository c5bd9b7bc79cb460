// Timing marks of the statistics' steps (User Timing, `stats:<step>`), set in the worker and the page as
// each step ends, so a profiler or the bench (bench/insight-bench.ts) can tell where the time goes.
// A mark is a few bytes; each step ends once per request.

export type StatsStep =
  | 'worker-opened'
  | 'asked'
  | 'request'
  | 'prefs-read'
  | 'digest-rows'
  | 'log-checked'
  | 'log-read'
  | 'log-figures'
  | 'cards-counted'
  | 'cards-read'
  | 'figures'
  | 'posted'
  | 'answered';

export const STATS_MARK = 'stats:';

export function markStats(step: StatsStep): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(STATS_MARK + step);
}
