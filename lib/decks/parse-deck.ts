// Splits a deck's Markdown into front matter, cards, field lines and sections, keeping line numbers
// so every later problem can be reported as file:line.
import { parseDocument } from 'yaml';

import type { DeckProblem } from './types';

export interface Located<T> {
  value: T;
  line: number;
}

export interface RawCard {
  id: string;
  line: number;
  fields: Map<string, Located<string>>;
  sections: Map<string, Located<string>>;
}

export interface RawDeck {
  file: string;
  front: Record<string, unknown>;
  /** Line of each front-matter key, for error messages. */
  frontLines: Map<string, number>;
  cards: RawCard[];
}

const FIELD = /^([A-Za-z][\w-]*):\s*(.*)$/;
const FENCE = /^\s*(```|~~~)/;

export function parseDeckSource(file: string, text: string): { raw?: RawDeck; problems: DeckProblem[] } {
  const problems: DeckProblem[] = [];
  const report = (line: number, message: string) => problems.push({ file, line, message });
  const lines = text.replace(/\r\n?/g, '\n').split('\n');

  if (lines[0]?.trim() !== '---') {
    report(1, 'front matter missing: the file must start with a line "---"');
    return { problems };
  }
  const close = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (close < 0) {
    report(1, 'front matter is not closed: add a line "---" after it');
    return { problems };
  }
  const front = parseFrontMatter(lines.slice(1, close).join('\n'), 2, report);
  if (!front) return { problems };

  const cards: RawCard[] = [];
  let card: RawCard | undefined;
  let section: { name: string; line: number; body: string[] } | undefined;
  let inFence = false;
  let inFields = false;

  const closeSection = () => {
    if (card && section) {
      const value = section.body.join('\n').trim();
      card.sections.set(section.name, { value, line: section.line });
    }
    section = undefined;
  };

  for (let i = close + 1; i < lines.length; i++) {
    const line = lines[i];
    const n = i + 1;
    if (FENCE.test(line)) inFence = !inFence;
    if (!inFence && /^## /.test(line)) {
      closeSection();
      card = { id: line.slice(3).trim(), line: n, fields: new Map(), sections: new Map() };
      cards.push(card);
      inFields = true;
      continue;
    }
    if (!inFence && /^### /.test(line)) {
      closeSection();
      inFields = false;
      const name = line.slice(4).trim();
      if (!card) {
        report(n, `section "${name}" outside a card: start a card with "## <card-id>"`);
        continue;
      }
      if (card.sections.has(name)) report(n, `duplicate section "${name}" in card "${card.id}"`);
      section = { name, line: n, body: [] };
      continue;
    }
    if (!inFence && /^#{1,2}[^#]/.test(line) && !/^## /.test(line)) {
      report(n, 'a level-1 heading is not allowed in a deck; cards start with "## <card-id>"');
      continue;
    }
    if (section) {
      section.body.push(line);
      continue;
    }
    if (line.trim() === '') continue;
    if (card && inFields) {
      const m = FIELD.exec(line.trim());
      if (!m) {
        report(n, `expected a "key: value" field line or a "### Section" in card "${card.id}"`);
        continue;
      }
      const key = m[1];
      if (card.fields.has(key)) report(n, `duplicate field "${key}" in card "${card.id}"`);
      card.fields.set(key, { value: m[2].trim(), line: n });
      continue;
    }
    report(n, card ? `text outside a section in card "${card.id}"` : 'text before the first card: start a card with "## <card-id>"');
  }
  if (inFence) report(lines.length, 'a code fence is never closed');
  closeSection();
  return { raw: { file, front: front.data, frontLines: front.lines, cards }, problems };
}

function parseFrontMatter(
  yamlText: string,
  firstLine: number,
  report: (line: number, message: string) => void,
): { data: Record<string, unknown>; lines: Map<string, number> } | undefined {
  const doc = parseDocument(yamlText, { prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const line = (e.linePos?.[0]?.line ?? 1) + firstLine - 1;
      report(line, `malformed front matter: ${e.message.split('\n')[0]}`);
    }
    return undefined;
  }
  const data: unknown = doc.toJS();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    report(firstLine, 'malformed front matter: expected "key: value" lines');
    return undefined;
  }
  const lines = new Map<string, number>();
  yamlText.split('\n').forEach((l, i) => {
    const m = /^([A-Za-z][\w-]*):/.exec(l);
    if (m) lines.set(m[1], firstLine + i);
  });
  return { data: data as Record<string, unknown>, lines };
}
