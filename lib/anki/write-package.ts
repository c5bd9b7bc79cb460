// An .apkg Anki 2.1 and later import: the collection as collection.anki2 (schema 11, the form every
// Anki since 2.1 and AnkiDroid read) and an empty media list.
import type { SqlJsStatic } from 'sql.js';

import { writeCollection, type ExportInput } from './write-collection';
import { zipFiles } from './zip';

export function writePackage(SQL: SqlJsStatic, input: ExportInput): Uint8Array {
  const collection = writeCollection(SQL, input);
  return zipFiles({ 'collection.anki2': collection, media: new TextEncoder().encode('{}') }, input.now);
}
