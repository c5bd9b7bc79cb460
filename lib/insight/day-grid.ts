// Study days as a sorted list of their start instants, so that thousands of reviews find their day
// by binary search instead of each asking Intl (which costs microseconds per call): the day-start
// hour, the zone and DST are worked out once per day, by lib/srs/study-day.
import { localParts, nextStudyDayStart, studyDayStart } from '@/lib/srs/study-day';
import type { StudyDaySettings } from '@/lib/srs/types';

const HOUR = 3_600_000;

export interface DayGrid {
  /** starts[i] is the first instant of study day i; the last entry ends the grid. */
  starts: number[];
  /** YYYY-MM-DD of the local date each study day began on (one fewer than starts). */
  keys: string[];
  /** The study day holding `now`. */
  today: number;
}

function keyOf(instant: number, settings: StudyDaySettings): string {
  const p = localParts(instant, settings.timeZone);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** The next day start: a plain 24 hours later unless that misses the day-start hour (a DST change). */
function following(start: number, settings: StudyDaySettings): number {
  const guess = start + 24 * HOUR;
  const p = localParts(guess, settings.timeZone);
  if (p.hour === settings.dayStartHour && p.minute === 0 && p.second === 0) return guess;
  return nextStudyDayStart(start, settings);
}

/** Study days from the one holding `from` through the one holding `to`, plus the day holding `now`. */
export function dayGrid(from: number, to: number, now: number, settings: StudyDaySettings): DayGrid {
  const first = studyDayStart(Math.min(from, now), settings);
  const last = Math.max(to, now);
  const starts = [first];
  const keys: string[] = [];
  for (let start = first; start <= last;) {
    keys.push(keyOf(start, settings));
    start = following(start, settings);
    starts.push(start);
  }
  return { starts, keys, today: dayIndex({ starts }, now) };
}

/** Index of the study day holding `t`: −1 before the grid, keys.length after it. */
export function dayIndex(grid: Pick<DayGrid, 'starts'>, t: number): number {
  const { starts } = grid;
  if (t < starts[0]) return -1;
  let lo = 0;
  let hi = starts.length - 1;
  if (t >= starts[hi]) return hi;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= t) lo = mid;
    else hi = mid;
  }
  return lo;
}
