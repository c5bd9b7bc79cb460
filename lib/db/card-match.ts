// Why a card matched a Browse search: whether it holds every word of the query, and a short excerpt
// of the field that holds most of them with each match marked. Pure (no Dexie), so it is unit-tested
// on its own; searchCards uses it for the filter and for each hit it returns.
import type { CardRow } from './rows';

export type MatchField = 'prompt' | 'answer' | 'right option' | 'wrong option' | 'accepted answer' | 'tag' | 'card id';

export interface MatchPart {
  text: string;
  marked: boolean;
}

export interface CardMatch {
  field: MatchField;
  parts: MatchPart[];
}

export type SearchableCard = Pick<CardRow, 'id' | 'prompt' | 'answer' | 'choices' | 'accept' | 'tags'>;

/** The words of a query: lower case, split at white space. */
export function searchWords(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

/** The fields a search looks in, in the order a tie between them is settled. */
function fieldsOf(card: SearchableCard): { field: MatchField; text: string }[] {
  return [
    { field: 'prompt', text: card.prompt },
    { field: 'answer', text: card.answer },
    ...(card.choices ?? []).map((c) => ({ field: c.correct ? ('right option' as const) : ('wrong option' as const), text: c.text })),
    ...(card.accept ?? []).map((text) => ({ field: 'accepted answer' as const, text })),
    ...card.tags.map((text) => ({ field: 'tag' as const, text })),
    { field: 'card id', text: card.id },
  ];
}

/** Whether every word is somewhere in the card's text (a word never spans two fields). */
export function holdsEveryWord(card: SearchableCard, words: string[]): boolean {
  if (words.length === 0) return true;
  const text = fieldsOf(card)
    .map((f) => f.text)
    .join('\n')
    .toLowerCase();
  return words.every((w) => text.includes(w));
}

/**
 * Markdown as the learner reads it: link text, no code ticks, emphasis stars, heading or quote marks.
 * A cloze deletion stays hidden as […] unless a query word is inside it. Underscores stay (config keys).
 */
function readable(markdown: string, words: string[]): string {
  return markdown
    .replace(/\{\{([\s\S]+?)\}\}/g, (_, inner: string) => (words.some((w) => inner.toLowerCase().includes(w)) ? inner : '[…]'))
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*(#+|>)\s*/gm, '')
    .replace(/[`*]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Lower case with every character keeping its length (a few, like İ, grow), so offsets hold. */
function lowerInPlace(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  return Array.from(text, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join('');
}

/** Where the words occur in `lower`, sorted, overlapping ones merged. */
function occurrences(lower: string, words: string[]): [number, number][] {
  const found: [number, number][] = [];
  for (const w of words) {
    for (let at = lower.indexOf(w); at !== -1; at = lower.indexOf(w, at + 1)) found.push([at, at + w.length]);
  }
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const [from, to] of found) {
    const last = merged.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

/**
 * At most `max` characters: from the start when the first match is near it, else around the first
 * match; cut at spaces, with … where text was left out.
 */
function excerpt(text: string, spans: [number, number][], max: number): MatchPart[] {
  let from = 0;
  let to = text.length;
  if (text.length > max) {
    const nearStart = spans[0][1] <= max - 20;
    from = nearStart ? 0 : Math.min(Math.max(0, spans[0][0] - Math.floor(max / 3)), text.length - max);
    to = from + max;
    const space = text.indexOf(' ', from);
    if (from > 0 && space !== -1 && space < spans[0][0]) from = space + 1;
    const lastSpace = text.lastIndexOf(' ', to);
    if (to < text.length && lastSpace > Math.max(from, spans[0][1])) to = lastSpace;
  }
  const parts: MatchPart[] = [];
  const push = (part: string, marked: boolean) => {
    if (part) parts.push({ text: part, marked });
  };
  let at = from;
  for (const [start, end] of spans) {
    if (end <= from || start >= to) continue;
    push(text.slice(at, Math.max(at, start)), false);
    push(text.slice(Math.max(at, start), Math.min(end, to)), true);
    at = Math.min(end, to);
  }
  push(text.slice(at, to), false);
  if (from > 0) parts.unshift({ text: '…', marked: false });
  if (to < text.length) parts.push({ text: '…', marked: false });
  return parts;
}

/**
 * The field holding the most query words (the first such field on a tie), as an excerpt of about
 * `max` characters around its first match; null when there are no words or the card holds none.
 */
export function findMatch(card: SearchableCard, words: string[], max = 120): CardMatch | null {
  let best: { field: MatchField; text: string; lower: string; count: number } | null = null;
  for (const { field, text: source } of fieldsOf(card)) {
    let text = readable(source, words);
    // A word that spans markup (a query for "**runc**") is looked for in the source as written.
    if (!words.some((w) => lowerInPlace(text).includes(w))) text = source.replace(/\s+/g, ' ').trim();
    const lower = lowerInPlace(text);
    const count = words.filter((w) => lower.includes(w)).length;
    if (count > (best?.count ?? 0)) best = { field, text, lower, count };
  }
  if (!best) return null;
  return { field: best.field, parts: excerpt(best.text, occurrences(best.lower, words), max) };
}
