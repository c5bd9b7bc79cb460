// Short plain-text labels for Browse: a card's prompt as one line, when it is due, when it was seen.
import type { CardStateRow } from '@/lib/db/rows';
import { formatInterval } from '@/lib/srs/format-interval';

const DAY = 24 * 60 * 60 * 1000;

/** The prompt without Markdown marks or cloze braces, cut to `max` characters. */
export function excerpt(markdown: string, max = 140): string {
  const text = markdown
    .replace(/\{\{([\s\S]+?)\}\}/g, '[…]')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*_#>]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** "12 Mar", or "12 Mar 2027" when not this year. */
export function shortDate(ms: number, now: number): string {
  const sameYear = new Date(ms).getFullYear() === new Date(now).getFullYear();
  return new Date(ms).toLocaleDateString(
    undefined,
    sameYear ? { day: 'numeric', month: 'short' } : { day: 'numeric', month: 'short', year: 'numeric' },
  );
}

/** "12 Mar, 14:05" (with the year when not this year), for review history. */
export function shortDateTime(ms: number, now: number): string {
  const time = new Date(ms).toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit' });
  return `${shortDate(ms, now)}, ${time}`;
}

/** When a card is due, as a learner reads it: not studied yet, now, in 10m, or a date. */
export function dueLabel(state: Pick<CardStateRow, 'sched'>, now: number): string {
  const { phase, due } = state.sched;
  if (phase === 'new') return 'not studied yet';
  if (due <= now) return 'due now';
  if (due - now < DAY) return `due in ${formatInterval(due - now)}`;
  return `due ${shortDate(due, now)}`;
}
