// One entry for every file a learner can import, chosen by content first (a zip is a package whatever
// its name) and then by name: .apkg/.colpkg, .md, else Anki text. Runs in the import worker and in Node.
import type { SqlJsStatic } from 'sql.js';

import { ImportError, MAX_UNPACKED_BYTES } from './errors';
import { madeDecks, planCollection, type CollectionPlan } from './from-collection';
import type { ImportResult } from './imported';
import { importMarkdownDeck } from './markdown-deck';
import { readPackage } from './read-package';
import { fromRevlog } from './revlog';
import { importText } from './text-format';
import { isZip } from './zip';

/** A file read, its cards placed but not yet made: `make` makes them (from-collection.ts), so an import can do it while it writes. */
export interface StagedImport extends Omit<ImportResult, 'decks'>, Pick<CollectionPlan, 'decks' | 'make'> {}

/** `onRead`, when given, is called once the package is read and before its cards are placed (for timings). */
export function stagePackage(SQL: SqlJsStatic, bytes: Uint8Array, maxBytes = MAX_UNPACKED_BYTES, onRead?: () => void): StagedImport {
  const pkg = readPackage(SQL, bytes, maxBytes);
  onRead?.();
  const { decks, ids, make } = planCollection(pkg.collection);
  return {
    format: pkg.form === 'anki21b' ? 'anki21b' : 'apkg',
    notes: pkg.collection.notes.length,
    decks,
    make,
    reviews: fromRevlog(pkg.collection.revlog, ids),
    media: pkg.media,
  };
}

/** A staged import with every card made. */
function made({ make, ...staged }: StagedImport): ImportResult {
  return { ...staged, decks: madeDecks({ decks: staged.decks, make }) };
}

export function importPackage(SQL: SqlJsStatic, bytes: Uint8Array, maxBytes = MAX_UNPACKED_BYTES): ImportResult {
  return made(stagePackage(SQL, bytes, maxBytes));
}

/** `loadSql` is called only for packages, so a text or Markdown import never loads the WebAssembly. */
export async function stageFile(
  name: string,
  bytes: Uint8Array,
  loadSql: () => Promise<SqlJsStatic>,
  maxBytes = MAX_UNPACKED_BYTES,
  onRead?: () => void,
): Promise<StagedImport> {
  if (bytes.length === 0) throw new ImportError('empty', 'This file is empty.');
  const lower = name.toLowerCase();
  if (isZip(bytes) || lower.endsWith('.apkg') || lower.endsWith('.colpkg')) return stagePackage(await loadSql(), bytes, maxBytes, onRead);
  let result: ImportResult;
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new ImportError('bad-deck', 'This Markdown file is not UTF-8 text.');
    }
    result = importMarkdownDeck(name, text);
  } else result = importText(name, bytes);
  return { ...result, make: (d, from, to) => result.decks[d]!.cards.slice(from, to) };
}

/** A file imported, every card made. */
export async function importFile(
  name: string,
  bytes: Uint8Array,
  loadSql: () => Promise<SqlJsStatic>,
  maxBytes = MAX_UNPACKED_BYTES,
): Promise<ImportResult> {
  return made(await stageFile(name, bytes, loadSql, maxBytes));
}
