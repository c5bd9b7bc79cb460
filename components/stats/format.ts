// Numbers, shares, durations and study-day labels as the statistics screen writes them.

export { count, counted } from '@/lib/text/counted';

export const percent = (share: number, digits = 1): string => `${(share * 100).toFixed(digits)}%`;

/** "45 s", "12 min", "1 h 5 min". */
export function duration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

let days: Intl.DateTimeFormat | undefined;
let months: Intl.DateTimeFormat | undefined;

/** A study day's label, "Mon 3 Mar 2025", from its YYYY-MM-DD key (a calendar date, no zone). */
export function dayLabel(key: string): string {
  days ??= new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return days.format(new Date(`${key}T12:00:00Z`));
}

/** "March 2025" from a YYYY-MM month. */
export function monthLabel(month: string): string {
  months ??= new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return months.format(new Date(`${month}-15T12:00:00Z`));
}

/** Day of the week of a YYYY-MM-DD key, Monday 0 … Sunday 6. */
export function weekdayOf(key: string): number {
  return (new Date(`${key}T12:00:00Z`).getUTCDay() + 6) % 7;
}
