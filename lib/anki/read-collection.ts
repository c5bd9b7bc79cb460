// Reads an Anki collection (SQLite, opened with sql.js) into plain rows: note types, decks, notes,
// cards and the review log. Schema 11 keeps note types and decks as JSON in `col`; schema 18 (inside
// anki21b) keeps them in their own tables with protobuf config, decoded here by hand.
import type { Database, SqlJsStatic, SqlValue } from 'sql.js';

import { ImportError } from './errors';
import { decodeMessage, stringOf, varintOf } from './protobuf';
import { FIELD_SEPARATOR, NEWEST_SCHEMA, type AnkiCard, type AnkiNote, type Collection, type NoteType, type Revlog } from './schema11';
import { counted } from '../text/counted';

const SQLITE_MAGIC = 'SQLite format 3\0';

function isSqlite(bytes: Uint8Array): boolean {
  return bytes.length >= 100 && new TextDecoder().decode(bytes.subarray(0, 16)) === SQLITE_MAGIC;
}

function rows(db: Database, sql: string): SqlValue[][] {
  return db.exec(sql)[0]?.values ?? [];
}

function tables(db: Database): Set<string> {
  return new Set(rows(db, "SELECT name FROM sqlite_master WHERE type = 'table'").map((r) => String(r[0])));
}

const notACollection = (why: string) => new ImportError('not-collection', `This package holds no Anki collection Cards can read (${why}).`);

export function readCollection(SQL: SqlJsStatic, bytes: Uint8Array): Collection {
  if (!isSqlite(bytes)) throw notACollection('its collection is not an SQLite database');
  let db: Database;
  try {
    db = new SQL.Database(bytes);
  } catch {
    throw notACollection('its database cannot be opened');
  }
  try {
    return readOpen(db);
  } catch (e) {
    if (e instanceof ImportError) throw e;
    throw notACollection(e instanceof Error ? e.message : String(e));
  } finally {
    db.close();
  }
}

function readOpen(db: Database): Collection {
  const have = tables(db);
  for (const t of ['col', 'notes', 'cards']) if (!have.has(t)) throw notACollection(`it has no ${t} table`);
  const col = rows(db, 'SELECT ver, crt, models, decks FROM col LIMIT 1')[0];
  if (!col) throw notACollection('its col table is empty');
  const version = Number(col[0]);
  if (version > NEWEST_SCHEMA) {
    throw new ImportError(
      'too-new',
      `This collection is version ${version}, newer than the ${NEWEST_SCHEMA} Cards reads. Export it from Anki with "Support older Anki versions" ticked.`,
    );
  }
  const modelsJson = String(col[2] ?? '');
  const noteTypes = modelsJson.length > 2 ? noteTypesFromJson(modelsJson) : noteTypesFromTables(db, have);
  const decksJson = String(col[3] ?? '');
  const decks = decksJson.length > 2 ? decksFromJson(decksJson) : decksFromTable(db, have);
  const notes = readNotes(db, noteTypes);
  return { version, crt: Number(col[1]), noteTypes, decks, notes, cards: readCards(db), revlog: have.has('revlog') ? readRevlog(db) : [] };
}

interface JsonModel {
  id: number | string;
  name: string;
  type?: number;
  flds: { name: string; ord: number }[];
  tmpls: { name: string; ord: number; qfmt: string; afmt: string }[];
}

function noteTypesFromJson(json: string): Map<number, NoteType> {
  const models = JSON.parse(json) as Record<string, JsonModel>;
  const out = new Map<number, NoteType>();
  for (const m of Object.values(models)) {
    if (!m || !Array.isArray(m.flds) || !Array.isArray(m.tmpls)) throw new Error('a note type has no fields or templates');
    const fields = [...m.flds].sort((a, b) => a.ord - b.ord).map((f) => String(f.name));
    const templates = [...m.tmpls]
      .sort((a, b) => a.ord - b.ord)
      .map((t) => ({ name: String(t.name), qfmt: String(t.qfmt), afmt: String(t.afmt) }));
    out.set(Number(m.id), { id: Number(m.id), name: String(m.name), cloze: m.type === 1, fields, templates });
  }
  return out;
}

function noteTypesFromTables(db: Database, have: Set<string>): Map<number, NoteType> {
  for (const t of ['notetypes', 'fields', 'templates']) if (!have.has(t)) throw new Error(`it has no note types (no ${t} table)`);
  const out = new Map<number, NoteType>();
  for (const [id, name, config] of rows(db, 'SELECT id, name, config FROM notetypes')) {
    const kind = config instanceof Uint8Array ? varintOf(decodeMessage(config), 1) : 0;
    out.set(Number(id), { id: Number(id), name: String(name), cloze: kind === 1, fields: [], templates: [] });
  }
  for (const [ntid, name] of rows(db, 'SELECT ntid, name FROM fields ORDER BY ntid, ord')) out.get(Number(ntid))?.fields.push(String(name));
  for (const [ntid, name, config] of rows(db, 'SELECT ntid, name, config FROM templates ORDER BY ntid, ord')) {
    const fields = config instanceof Uint8Array ? decodeMessage(config) : [];
    out.get(Number(ntid))?.templates.push({ name: String(name), qfmt: stringOf(fields, 1) ?? '', afmt: stringOf(fields, 2) ?? '' });
  }
  return out;
}

function decksFromJson(json: string): Map<number, string> {
  const decks = JSON.parse(json) as Record<string, { id: number | string; name: string }>;
  return new Map(Object.values(decks).map((d) => [Number(d.id), String(d.name)]));
}

function decksFromTable(db: Database, have: Set<string>): Map<number, string> {
  if (!have.has('decks')) throw new Error('it has no decks');
  return new Map(rows(db, 'SELECT id, name FROM decks').map(([id, name]) => [Number(id), String(name).split(FIELD_SEPARATOR).join('::')]));
}

function readNotes(db: Database, noteTypes: Map<number, NoteType>): AnkiNote[] {
  const notes: AnkiNote[] = [];
  const stmt = db.prepare('SELECT id, guid, mid, tags, flds FROM notes ORDER BY id');
  try {
    while (stmt.step()) {
      const [id, guid, mid, tags, flds] = stmt.get();
      const type = noteTypes.get(Number(mid));
      if (!type)
        throw new ImportError('missing-field', `Note ${String(id)} uses a note type (${String(mid)}) the collection does not define.`);
      const fields = String(flds ?? '').split(FIELD_SEPARATOR);
      if (fields.length < type.fields.length) {
        throw new ImportError(
          'missing-field',
          `Note ${String(id)} has ${counted(fields.length, 'field')}, but its note type "${type.name}" has ${type.fields.length} (${type.fields.join(', ')}): the collection is damaged and was not imported.`,
        );
      }
      notes.push({
        id: Number(id),
        guid: String(guid),
        mid: Number(mid),
        tags: String(tags ?? '')
          .trim()
          .split(/\s+/)
          .filter(Boolean),
        fields,
      });
    }
  } finally {
    stmt.free();
  }
  return notes;
}

/** Each row of a query, its values as numbers, made into a row object one at a time (no array of every row first). */
function numberRows<T>(db: Database, sql: string, make: (v: number[]) => T): T[] {
  const out: T[] = [];
  const stmt = db.prepare(sql);
  try {
    while (stmt.step()) out.push(make(stmt.get().map(Number)));
  } finally {
    stmt.free();
  }
  return out;
}

function readCards(db: Database): AnkiCard[] {
  return numberRows(db, 'SELECT id, nid, did, ord, type, queue, due, ivl, factor, reps, lapses FROM cards ORDER BY nid, ord', (v) => {
    const [id, nid, did, ord, type, queue, due, ivl, factor, reps, lapses] = v;
    return { id, nid, did, ord, type, queue, due, ivl, factor, reps, lapses } as AnkiCard;
  });
}

function readRevlog(db: Database): Revlog[] {
  return numberRows(db, 'SELECT id, cid, ease, ivl, lastIvl, factor, time, type FROM revlog ORDER BY id', (v) => {
    const [id, cid, ease, ivl, lastIvl, factor, time, type] = v;
    return { id, cid, ease, ivl, lastIvl, factor, time, type } as Revlog;
  });
}
