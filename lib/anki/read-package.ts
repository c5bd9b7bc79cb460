// An .apkg unpacked: its collection (the newest form it carries: collection.anki21b, a zstd-compressed
// schema-18 SQLite with a protobuf media list; else collection.anki21; else collection.anki2) and the
// images among its media, every one checked against its name. Everything is bounded while unpacking.
import { Decompress } from 'fzstd';
import type { SqlJsStatic } from 'sql.js';

import { ImportError, MAX_UNPACKED_BYTES, tooLarge } from './errors';
import { checkMedia, type MediaFile } from './media';
import { decodeMessage, messagesOf, ProtoError, stringOf, varintOf } from './protobuf';
import { readCollection } from './read-collection';
import type { Collection } from './schema11';
import { concat, unzipBounded } from './zip';

/** PackageMetadata.Version in Anki's import_export.proto: 3 is the anki21b form. */
const NEWEST_PACKAGE_VERSION = 3;

export interface AnkiPackage {
  form: 'anki2' | 'anki21' | 'anki21b';
  collection: Collection;
  media: MediaFile[];
}

export function isZstd(bytes: Uint8Array): boolean {
  return bytes[0] === 0x28 && bytes[1] === 0xb5 && bytes[2] === 0x2f && bytes[3] === 0xfd;
}

/** zstd decompressed block by block, stopping past `maxBytes`. */
export function unzstdBounded(bytes: Uint8Array, maxBytes: number, what: string): Uint8Array {
  const parts: Uint8Array[] = [];
  let size = 0;
  const stream = new Decompress((chunk) => {
    size += chunk.length;
    if (size > maxBytes) throw tooLarge(maxBytes);
    parts.push(chunk);
  });
  try {
    const SLICE = 1 << 16;
    for (let at = 0; at < bytes.length; at += SLICE) stream.push(bytes.subarray(at, at + SLICE), at + SLICE >= bytes.length);
  } catch (e) {
    if (e instanceof ImportError) throw e;
    throw new ImportError('not-collection', `This package is damaged (${what} cannot be decompressed).`);
  }
  return concat(parts);
}

function mediaNames(files: Map<string, Uint8Array>, form: AnkiPackage['form'], budget: number): Map<string, string> {
  const raw = files.get('media');
  const names = new Map<string, string>();
  if (!raw || raw.length === 0) return names;
  if (form === 'anki21b') {
    try {
      const list = decodeMessage(isZstd(raw) ? unzstdBounded(raw, budget, 'its media list') : raw);
      messagesOf(list, 1).forEach((entry, index) => {
        const name = stringOf(entry, 1);
        if (name) names.set(String(varintOf(entry, 255) ?? index), name);
      });
      return names;
    } catch (e) {
      if (e instanceof ProtoError) throw new ImportError('bad-media', "This package's media list is damaged; it was not imported.");
      throw e;
    }
  }
  let map: unknown;
  try {
    map = JSON.parse(new TextDecoder().decode(raw));
  } catch {
    throw new ImportError('bad-media', "This package's media list is not readable; it was not imported.");
  }
  if (!map || typeof map !== 'object' || Array.isArray(map))
    throw new ImportError('bad-media', "This package's media list is not readable; it was not imported.");
  for (const [zipName, name] of Object.entries(map)) if (typeof name === 'string') names.set(zipName, name);
  return names;
}

export function readPackage(SQL: SqlJsStatic, bytes: Uint8Array, maxBytes = MAX_UNPACKED_BYTES): AnkiPackage {
  const files = unzipBounded(bytes, maxBytes);
  const meta = files.get('meta');
  if (meta && meta.length > 0) {
    let version: number | undefined;
    try {
      version = varintOf(decodeMessage(meta), 1);
    } catch {
      version = undefined;
    }
    if (version !== undefined && version > NEWEST_PACKAGE_VERSION) {
      throw new ImportError(
        'too-new',
        `This package was written by an Anki newer than Cards reads (package version ${version}). Export it with "Support older Anki versions" ticked.`,
      );
    }
  }
  const form = files.has('collection.anki21b')
    ? 'anki21b'
    : files.has('collection.anki21')
      ? 'anki21'
      : files.has('collection.anki2')
        ? 'anki2'
        : undefined;
  if (!form)
    throw new ImportError(
      'not-collection',
      'This zip holds no Anki collection (no collection.anki2, .anki21 or .anki21b): it is not an Anki package.',
    );
  const unpacked = [...files.values()].reduce((n, f) => n + f.length, 0);
  let dbBytes = files.get(`collection.${form}`)!;
  if (form === 'anki21b') dbBytes = unzstdBounded(dbBytes, maxBytes - unpacked, 'its collection');
  const collection = readCollection(SQL, dbBytes);
  const media: MediaFile[] = [];
  for (const [zipName, name] of mediaNames(files, form, maxBytes - unpacked)) {
    let data = files.get(zipName);
    if (!data) continue;
    if (form === 'anki21b' && isZstd(data)) data = unzstdBounded(data, maxBytes - unpacked, `the media file ${name}`);
    const file = checkMedia(name, data);
    if (file) media.push(file);
  }
  return { form, collection, media };
}
