// The study day: it starts at a configurable local hour (default 4 AM) in the user's time zone,
// so "due today" and daily limits follow the learner's night, not UTC midnight, across DST changes.
import type { StudyDaySettings } from './types';

const HOUR = 3_600_000;

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Wall-clock parts of an instant in a zone, or in the device's zone (null). */
export function localParts(epochMs: number, timeZone: string | null): LocalParts {
  if (timeZone === null) {
    const d = new Date(epochMs);
    return {
      year: d.getFullYear(),
      month: d.getMonth() + 1,
      day: d.getDate(),
      hour: d.getHours(),
      minute: d.getMinutes(),
      second: d.getSeconds(),
    };
  }
  const out: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(epochMs)) {
    if (p.type !== 'literal') out[p.type] = Number(p.value);
  }
  return { year: out.year, month: out.month, day: out.day, hour: out.hour, minute: out.minute, second: out.second };
}

/** Offset of the zone from UTC at an instant, in ms (local = utc + offset). */
function offsetAt(epochMs: number, timeZone: string | null): number {
  const p = localParts(epochMs, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(epochMs / 1000) * 1000;
}

/**
 * The instant at which a local wall-clock time occurs. A time skipped by a DST jump resolves to
 * the first instant after the gap; a repeated time resolves to its first occurrence.
 */
export function zonedTime(year: number, month: number, day: number, hour: number, timeZone: string | null): number {
  const wall = Date.UTC(year, month - 1, day, hour);
  const first = wall - offsetAt(wall, timeZone);
  const second = wall - offsetAt(first, timeZone);
  const candidates = [first, second].filter((t) => {
    const p = localParts(t, timeZone);
    return p.hour === hour && p.day === day;
  });
  if (candidates.length > 0) return Math.min(...candidates);
  // In a DST gap: the wall time does not exist; take the later mapping, which lands just after the jump.
  return Math.max(first, second);
}

/** Start of the study day that contains `now`. */
export function studyDayStart(now: number, { dayStartHour, timeZone }: StudyDaySettings): number {
  const p = localParts(now, timeZone);
  let { year, month, day } = p;
  let start = zonedTime(year, month, day, dayStartHour, timeZone);
  if (start > now) {
    const prev = new Date(Date.UTC(year, month - 1, day - 1));
    year = prev.getUTCFullYear();
    month = prev.getUTCMonth() + 1;
    day = prev.getUTCDate();
    start = zonedTime(year, month, day, dayStartHour, timeZone);
  }
  return start;
}

/** Start of the next study day after the one containing `now`: everything due before it is due today. */
export function nextStudyDayStart(now: number, settings: StudyDaySettings): number {
  const start = studyDayStart(now, settings);
  const p = localParts(start, settings.timeZone);
  const next = new Date(Date.UTC(p.year, p.month - 1, p.day + 1));
  let candidate = zonedTime(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), settings.dayStartHour, settings.timeZone);
  if (candidate <= start) candidate = start + 24 * HOUR;
  return candidate;
}

/** A study-day label, YYYY-MM-DD of the local date on which the study day began. */
export function studyDayKey(now: number, settings: StudyDaySettings): string {
  const p = localParts(studyDayStart(now, settings), settings.timeZone);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** How long the device's time zone is remembered: asking builds a formatter, which is slow on a phone. */
const ZONE_TTL_MS = 60_000;
let zoneCache: { zone: string; at: number } | undefined;

/** The device's time zone, re-read at most once a minute so a traveller's phone still follows it. */
export function systemTimeZone(now = Date.now()): string {
  if (!zoneCache || now - zoneCache.at >= ZONE_TTL_MS || now < zoneCache.at) {
    zoneCache = { zone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC', at: now };
  }
  return zoneCache.zone;
}
