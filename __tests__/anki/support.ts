// Shared by the Anki tests: sql.js in Node, our fixture decks with their HTML, and a hand-written
// schema-11 collection built from Anki's published schema.
import initSqlJs, { type SqlJsStatic } from 'sql.js';

import { compileDecks } from '@/lib/decks/compile-decks';
import { withCardHtml } from '@/lib/decks/card-html';
import type { DeckBundle } from '@/lib/decks/types';
import { SCHEMA11_SQL } from '@/lib/anki/schema11';
import { zipFiles } from '@/lib/anki/zip';
import { jsdomMarkdownRenderer } from '@/lib/markdown/jsdom-renderer';

import { BASIC, CHOICE, CLOZE, FRONT, TYPED } from '../decks/fixtures';

let sql: Promise<SqlJsStatic> | undefined;
export function loadSql(): Promise<SqlJsStatic> {
  sql ??= initSqlJs();
  return sql;
}

export function fixtureBundle(): DeckBundle {
  const { bundle, problems } = compileDecks([{ path: 'decks/sample.md', text: FRONT + BASIC + CHOICE + CLOZE + TYPED }], false);
  if (problems.length) throw new Error(JSON.stringify(problems));
  return withCardHtml(bundle, jsdomMarkdownRenderer());
}

export interface HandNote {
  guid: string;
  fields: string[];
  model?: number;
  tags?: string;
}

export const BASIC_MID = 1342697561419;
export const CLOZE_MID = 1342697561420;
export const TYPE_MID = 1342697561421;

/** A collection written row by row, as Anki's schema11.sql and its JSON columns describe it. */
export function handCollection(
  SQL: SqlJsStatic,
  notes: HandNote[],
  opts: { ver?: number; revlog?: [number, number, number, number][]; extra?: string } = {},
): Uint8Array {
  const db = new SQL.Database();
  db.exec(SCHEMA11_SQL);
  const models = {
    [BASIC_MID]: {
      id: BASIC_MID,
      name: 'Basic',
      type: 0,
      flds: [
        { name: 'Front', ord: 0 },
        { name: 'Back', ord: 1 },
      ],
      tmpls: [{ name: 'Card 1', ord: 0, qfmt: '{{Front}}', afmt: '{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}' }],
    },
    [CLOZE_MID]: {
      id: CLOZE_MID,
      name: 'Cloze',
      type: 1,
      flds: [
        { name: 'Text', ord: 0 },
        { name: 'Back Extra', ord: 1 },
      ],
      tmpls: [{ name: 'Cloze', ord: 0, qfmt: '{{cloze:Text}}', afmt: '{{cloze:Text}}<br>\n{{Back Extra}}' }],
    },
    [TYPE_MID]: {
      id: TYPE_MID,
      name: 'Basic (type in the answer)',
      type: 0,
      flds: [
        { name: 'Front', ord: 0 },
        { name: 'Back', ord: 1 },
      ],
      tmpls: [{ name: 'Card 1', ord: 0, qfmt: '{{Front}}\n\n{{type:Back}}', afmt: '{{Front}}\n\n<hr id=answer>\n\n{{type:Back}}' }],
    },
  };
  const decks = { '1': { id: 1, name: 'Default' }, '1700000000000': { id: 1700000000000, name: 'Kubernetes::Runtime' } };
  db.run('INSERT INTO col VALUES (1, 1600000000, 0, 0, ?, 0, 0, 0, ?, ?, ?, ?, ?)', [
    opts.ver ?? 11,
    '{}',
    JSON.stringify(models),
    JSON.stringify(decks),
    '{}',
    '{}',
  ]);
  let cardId = 1_650_000_000_000;
  notes.forEach((n, i) => {
    const nid = 1_640_000_000_000 + i;
    const mid = n.model ?? BASIC_MID;
    db.run("INSERT INTO notes VALUES (?, ?, ?, 0, -1, ?, ?, '', 0, 0, '')", [nid, n.guid, mid, n.tags ?? '', n.fields.join('\x1f')]);
    const ords = mid === CLOZE_MID ? [...new Set([...n.fields[0]!.matchAll(/\{\{c(\d+)::/g)].map((m) => Number(m[1]) - 1))] : [0];
    for (const ord of ords)
      db.run("INSERT INTO cards VALUES (?, ?, 1700000000000, ?, 0, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')", [cardId++, nid, ord, i]);
  });
  for (const [id, cid, ease, time] of opts.revlog ?? [])
    db.run('INSERT INTO revlog VALUES (?, ?, -1, ?, 1, 0, 2500, ?, 0)', [id, cid, ease, time]);
  if (opts.extra) db.exec(opts.extra);
  const bytes = db.export();
  db.close();
  return bytes;
}

export function legacyPackage(
  collection: Uint8Array,
  media: Record<string, Uint8Array> = {},
  names: Record<string, string> = {},
): Uint8Array {
  return zipFiles(
    { 'collection.anki2': collection, media: new TextEncoder().encode(JSON.stringify(names)), ...media },
    Date.UTC(2026, 0, 1),
  );
}

export const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15,
  0xc4, 0x89, 0, 0, 0, 13, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0, 1, 0, 0, 5, 0, 1, 0x0d, 0x0a, 0x2d, 0xb4, 0, 0, 0, 0, 0x49, 0x45,
  0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
]);
