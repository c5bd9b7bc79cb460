// Short interval labels for the rating buttons: "1m", "10m", "3h", "1d", "4d", "2.5mo", "1.2y".
import { counted } from '../text/counted';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function formatInterval(ms: number): string {
  const v = Math.max(0, ms);
  if (v < HOUR) return `${Math.max(1, Math.round(v / MINUTE))}m`;
  if (v < DAY) return `${Math.round(v / HOUR)}h`;
  const days = Math.round(v / DAY);
  if (days < 30) return `${days}d`;
  if (days < 365) return `${trim(days / 30)}mo`;
  return `${trim(days / 365)}y`;
}

function trim(n: number): string {
  return n >= 10 ? String(Math.round(n)) : String(Math.round(n * 10) / 10);
}

/** Longer wording for "next card in …" messages. */
export function formatDuration(ms: number): string {
  const v = Math.max(0, ms);
  if (v < HOUR) {
    return counted(Math.max(1, Math.round(v / MINUTE)), 'minute');
  }
  if (v < DAY) {
    return counted(Math.round(v / HOUR), 'hour');
  }
  return counted(Math.round(v / DAY), 'day');
}
