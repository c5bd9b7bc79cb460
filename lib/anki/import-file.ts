// One entry for every file a learner can import, chosen by content first (a zip is a package whatever
// its name) and then by name: .apkg/.colpkg, .md, else Anki text. Runs in the import worker and in Node.
import type { SqlJsStatic } from 'sql.js';

import { ImportError, MAX_UNPACKED_BYTES } from './errors';
import { decksFromCollection } from './from-collection';
import type { ImportResult } from './imported';
import { importMarkdownDeck } from './markdown-deck';
import { readPackage } from './read-package';
import { fromRevlog } from './revlog';
import { importText } from './text-format';
import { isZip } from './zip';

/** `onRead`, when given, is called once the package is read and before its notes are converted (for timings). */
export function importPackage(SQL: SqlJsStatic, bytes: Uint8Array, maxBytes = MAX_UNPACKED_BYTES, onRead?: () => void): ImportResult {
  const pkg = readPackage(SQL, bytes, maxBytes);
  onRead?.();
  const { decks, ids } = decksFromCollection(pkg.collection);
  return {
    format: pkg.form === 'anki21b' ? 'anki21b' : 'apkg',
    notes: pkg.collection.notes.length,
    decks,
    reviews: fromRevlog(pkg.collection.revlog, ids),
    media: pkg.media,
  };
}

/** `loadSql` is called only for packages, so a text or Markdown import never loads the WebAssembly. */
export async function importFile(
  name: string,
  bytes: Uint8Array,
  loadSql: () => Promise<SqlJsStatic>,
  maxBytes = MAX_UNPACKED_BYTES,
  onRead?: () => void,
): Promise<ImportResult> {
  if (bytes.length === 0) throw new ImportError('empty', 'This file is empty.');
  const lower = name.toLowerCase();
  if (isZip(bytes) || lower.endsWith('.apkg') || lower.endsWith('.colpkg')) return importPackage(await loadSql(), bytes, maxBytes, onRead);
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new ImportError('bad-deck', 'This Markdown file is not UTF-8 text.');
    }
    return importMarkdownDeck(name, text);
  }
  return importText(name, bytes);
}
