// Anki's text format (File > Export > Notes in Plain Text; File > Import of .txt/.csv/.tsv): rows of
// fields split by a separator, optionally quoted as CSV, with `#key:value` header lines first
// (#separator:, #html:, #columns:, #tags column:, #deck:, …). Read into cards: the first field is the
// front, the second the back; a front with {{c1::…}} deletions makes cloze cards.
import { contentHash } from '@/lib/decks/hash';
import type { CompiledCard, CompiledDeck } from '@/lib/decks/types';

import { ImportError } from './errors';
import { IMPORTED_PREFIX, type ImportResult } from './imported';
import { escapeHtml } from './note-types';
import { clozeNumbers, clozeToOurs, stripHtml } from './templates';

const SEPARATORS: Record<string, string> = { comma: ',', semicolon: ';', tab: '\t', space: ' ', pipe: '|', colon: ':' };
const MAX_TEXT_BYTES = 64 * 1024 * 1024;

interface Headers {
  separator?: string;
  html: boolean;
  columns?: string[];
  tagsColumn?: number;
  deck?: string;
  tags: string[];
}

function readHeaders(lines: string[]): { headers: Headers; body: number } {
  const headers: Headers = { html: false, tags: [] };
  let i = 0;
  for (; i < lines.length; i++) {
    const m = /^#([a-z ]+):(.*)$/i.exec(lines[i]!);
    if (!m) break;
    const key = m[1]!.trim().toLowerCase();
    const value = m[2]!.trim();
    if (key === 'separator') headers.separator = SEPARATORS[value.toLowerCase()] ?? value.slice(0, 1);
    else if (key === 'html') headers.html = value.toLowerCase() === 'true';
    else if (key === 'columns') headers.columns = value.split(headers.separator ?? (value.includes('\t') ? '\t' : ','));
    else if (key === 'tags column') headers.tagsColumn = Number(value) - 1;
    else if (key === 'deck') headers.deck = value;
    else if (key === 'tags') headers.tags = value.split(/\s+/).filter(Boolean);
  }
  return { headers, body: i };
}

/** Splits rows as CSV does: quoted fields may hold the separator, doubled quotes and newlines. */
export function splitRows(text: string, sep: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === sep) {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (c !== '\r') field += c;
  }
  if (quoted) throw new ImportError('bad-text', 'This file has a quoted field that is never closed; it was not imported.');
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

function guessSeparator(line: string): string {
  if (line.includes('\t')) return '\t';
  if (line.includes(';') && !line.includes(',')) return ';';
  return ',';
}

export function importText(fileName: string, bytes: Uint8Array): ImportResult {
  if (bytes.length === 0) throw new ImportError('empty', 'This file is empty.');
  if (bytes.length > MAX_TEXT_BYTES) throw new ImportError('too-large', 'This text file is larger than 64 MB: it was not imported.');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new ImportError('bad-text', 'This file is not UTF-8 text; save it as UTF-8 and import it again.');
  }
  if (text.includes('\0')) throw new ImportError('bad-text', 'This file is not a text file (it holds binary data).');
  const lines = text.split(/\r?\n/);
  const { headers, body } = readHeaders(lines);
  const rest = lines.slice(body).join('\n');
  const sep = headers.separator ?? guessSeparator(lines[body] ?? '');
  const rows = splitRows(rest, sep);
  const title = headers.deck?.split('::').join(' › ') ?? fileName.replace(/\.[^.]+$/, '');
  const deckId = `${IMPORTED_PREFIX}${contentHash(`text:${title}`)}`;
  const tagsAt = headers.tagsColumn ?? headers.columns?.findIndex((c) => c.toLowerCase() === 'tags') ?? -1;
  const fieldAt = [...Array(Math.max(...rows.map((r) => r.length), 0)).keys()].filter((i) => i !== tagsAt);
  const asHtml = (f: string) => (headers.html ? f : escapeHtml(f).replace(/\n/g, '<br>'));
  const cards: CompiledCard[] = [];
  rows.forEach((row, r) => {
    const front = row[fieldAt[0] ?? 0] ?? '';
    const back = row[fieldAt[1] ?? 1] ?? '';
    if (front.trim() === '')
      throw new ImportError('missing-field', `Row ${r + 1} has no front (its first field is empty); nothing was imported.`);
    const tags = [...headers.tags, ...(tagsAt >= 0 ? (row[tagsAt] ?? '').split(/\s+/).filter(Boolean) : [])];
    const numbers = clozeNumbers(front);
    const base = { deckId, source: '', sourceUrl: '', versions: [], tags, hash: '' };
    const add = (card: Omit<CompiledCard, 'position' | 'deckId' | 'source' | 'sourceUrl' | 'versions' | 'tags' | 'hash'>) => {
      const full: CompiledCard = { ...base, ...card, position: cards.length };
      full.hash = contentHash(JSON.stringify([full.kind, full.html]));
      cards.push(full);
    };
    const rowKey = contentHash(`${front}\u001f${r}`);
    if (numbers.length) {
      for (const n of numbers) {
        const ours = asHtml(clozeToOurs(front, n));
        add({
          id: `${deckId}-${rowKey}-c${n}`,
          kind: 'cloze',
          prompt: stripHtml(ours),
          answer: stripHtml(asHtml(back)),
          html: {
            prompt: ours.replace(/\{\{([\s\S]+?)\}\}/g, '<b>[…]</b>'),
            back: ours.replace(/\{\{([\s\S]+?)\}\}/g, '<b>$1</b>'),
            answer: asHtml(back),
          },
        });
      }
    } else {
      if (back.trim() === '')
        throw new ImportError('missing-field', `Row ${r + 1} has a front but no back (its second field is empty); nothing was imported.`);
      add({
        id: `${deckId}-${rowKey}`,
        kind: 'basic',
        prompt: stripHtml(asHtml(front)),
        answer: stripHtml(asHtml(back)),
        html: { prompt: asHtml(front), answer: asHtml(back) },
      });
    }
  });
  if (cards.length === 0) throw new ImportError('no-cards', 'This file has no rows to make cards of.');
  return { format: 'text', notes: rows.length, decks: [{ id: deckId, title, summary: '', sources: [], cards }], reviews: [], media: [] };
}

function quote(field: string, sep: string): string {
  return /["\n\r]/.test(field) || field.includes(sep) ? `"${field.replace(/"/g, '""')}"` : field;
}

/** A deck in Anki's text format with its headers: tab- or comma-separated, HTML fields, tags last. */
export function exportText(deck: CompiledDeck, separator: 'tab' | 'comma'): string {
  const sep = SEPARATORS[separator]!;
  const head = [
    `#separator:${separator === 'tab' ? 'Tab' : 'Comma'}`,
    '#html:true',
    `#deck:${deck.title}`,
    `#columns:${['Front', 'Back', 'Source', 'Tags'].join(sep)}`,
    '#tags column:4',
  ];
  const rows = deck.cards.map((c) => {
    const front = c.kind === 'cloze' ? c.prompt.replace(/\{\{([\s\S]+?)\}\}/g, '{{c1::$1}}') : (c.html?.prompt ?? escapeHtml(c.prompt));
    const back = c.html?.answer ?? escapeHtml(c.answer);
    const source = c.sourceUrl ? `<a href="${escapeHtml(c.sourceUrl)}">${escapeHtml(c.source)}</a>` : escapeHtml(c.source);
    const tags = [...c.tags, ...c.versions.map((v) => `containerd::v${v}`)].join(' ');
    return [front, back, source, tags].map((f) => quote(f, sep)).join(sep);
  });
  return `${[...head, ...rows].join('\n')}\n`;
}
