// Easy days and load balancing (Anki 24.11's, rslib/src/scheduler/states/load_balancer.rs): instead of
// fuzz's random pick, a review's interval is drawn within the same fuzz range with each day weighted by
// how few cards are already due on it, so the forecast flattens; days the learner marked light take a
// reduced share. The draw is seeded by card and repetition, so the same answer on the same load lands on
// the same day. Pure: the store counts the cards due per day and says which days are light.

import { localParts, studyDayStart } from './study-day';
import type { StudyDaySettings } from './types';

/** Anki does not balance intervals past this many days: that far out, one day's load matters little. */
export const MAX_BALANCED_DAYS = 90;

/** A light day is a "reduced" easy day: it stays open while it carries at most this share of a normal day. */
const REDUCED_SHARE = 0.5;
/** Near zero rather than zero, so a range of only closed days still draws (Anki's EasyDay::Minimum). */
const CLOSED = 0.0001;

export interface BalanceInput {
  /** The interval before fuzz, and the fuzz range's first and last day (ts-fsrs's, inclusive). */
  interval: number;
  min: number;
  max: number;
  /** Cards due on each day from min to max (index 0 is day `min`). */
  dueCounts: readonly number[];
  /** Whether each day from min to max is a light day. */
  light: readonly boolean[];
  /** The card and its repetition, e.g. `runc-default:4`. */
  seed: string;
}

/**
 * Each day's easy-day factor: a normal day 1; a light day 1 while its count, scaled to a full day, stays
 * at or under the other days' average, else all but closed (Anki's calculate_easy_days_modifiers).
 */
export function easyDayFactors(dueCounts: readonly number[], light: readonly boolean[]): number[] {
  const total = dueCounts.reduce((a, b) => a + b, 0);
  const shares = light.reduce((sum, l) => sum + (l ? REDUCED_SHARE : 1), 0);
  return dueCounts.map((count, i) => {
    if (!light[i]) return 1;
    const othersAverage = (total - count) / (shares - REDUCED_SHARE);
    return count / REDUCED_SHARE > othersAverage ? CLOSED : 1;
  });
}

/** A day's weight: an empty day 1, otherwise fewer cards and a shorter interval weigh more (Anki's select_weighted_interval). */
function dayWeight(count: number, interval: number, factor: number): number {
  if (count === 0) return factor;
  return Math.pow(1 / count, 2.15) * Math.pow(1 / interval, 3) * factor;
}

/** A number in [0, 1) from the seed: FNV-1a, then one step of mulberry32. */
export function seededFraction(seed: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  let t = (h + 0x6d2b79f5) | 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** The balanced interval in days, within [min, max]; undefined when the interval is too long to balance. */
export function balanceInterval(input: BalanceInput): number | undefined {
  const { interval, min, max, dueCounts, light, seed } = input;
  if (interval > MAX_BALANCED_DAYS || min > MAX_BALANCED_DAYS || max < min) return undefined;
  const factors = easyDayFactors(dueCounts, light);
  const weights = dueCounts.map((count, i) => dayWeight(count, min + i, factors[i]!));
  const total = weights.reduce((a, b) => a + b, 0);
  let target = seededFraction(seed) * total;
  for (const [i, w] of weights.entries()) {
    if (target < w) return min + i;
    target -= w;
  }
  return max;
}

/** A state moved to a balanced interval: due that many whole days after the answer, as ts-fsrs counts. */
export function withIntervalDays<T extends { due: number; scheduledDays: number }>(sched: T, days: number, now: number): T {
  return { ...sched, scheduledDays: days, due: now + days * 86_400_000 };
}

const DAY_MS = 86_400_000;

/**
 * The study days `min` to `max` days after the one holding `now`: where each begins (as an answer's due
 * time counts them, whole days from now) and its weekday (0 Sunday … 6 Saturday) in the learner's zone.
 */
export function balanceDays(now: number, day: StudyDaySettings, min: number, max: number): { starts: number[]; weekdays: number[] } {
  const today = studyDayStart(now, day);
  const starts: number[] = [];
  const weekdays: number[] = [];
  for (let d = min; d <= max; d++) {
    const start = today + d * DAY_MS;
    starts.push(start);
    // Midday of the study day: clear of the day-start hour and of a DST change's hour.
    const p = localParts(start + DAY_MS / 2, day.timeZone);
    weekdays.push(new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay());
  }
  return { starts, weekdays };
}
