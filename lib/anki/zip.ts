// Reading and writing the zip an Anki package is. Unpacking counts every byte as it comes out and
// stops at a bound, so a zip bomb is refused while unpacking, never held in memory (as the backup
// restore does with gzip).
import { Unzip, UnzipInflate, zipSync, type Zippable } from 'fflate';

import { ImportError, tooLarge } from './errors';

const SLICE = 1 << 16;

export function isZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6)
  );
}

/** The archive's files by name; `maxBytes` bounds their total unpacked size. */
export function unzipBounded(bytes: Uint8Array, maxBytes: number): Map<string, Uint8Array> {
  if (bytes.length === 0) throw new ImportError('empty', 'This file is empty.');
  if (!isZip(bytes))
    throw new ImportError('not-zip', 'This file is not an Anki package (.apkg files are zip archives, and this is not one).');
  const files = new Map<string, Uint8Array>();
  let total = 0;
  let failure: Error | undefined;
  const unzip = new Unzip((file) => {
    const parts: Uint8Array[] = [];
    file.ondata = (error, chunk, final) => {
      if (failure) return;
      if (error) {
        failure = new ImportError('not-zip', `This package is damaged (${file.name} cannot be unpacked).`);
        return;
      }
      total += chunk.length;
      if (total > maxBytes) {
        failure = tooLarge(maxBytes);
        file.terminate();
        return;
      }
      parts.push(chunk);
      if (final) files.set(file.name, concat(parts));
    };
    try {
      file.start();
    } catch {
      failure ??= new ImportError('not-zip', `This package is damaged (${file.name} uses a compression it cannot be unpacked with).`);
    }
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.length && !failure; at += SLICE) unzip.push(bytes.subarray(at, at + SLICE), at + SLICE >= bytes.length);
  } catch {
    failure ??= new ImportError('not-zip', 'This package is damaged (its zip data is cut short or corrupt).');
  }
  if (failure) throw failure;
  return files;
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A zip of the given files; already compressed media is stored as is. */
export function zipFiles(files: Record<string, Uint8Array>, mtime: number): Uint8Array {
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(files)) zippable[name] = [data, { level: /^\d+$/.test(name) ? 0 : 6 }];
  return zipSync(zippable, { mtime });
}
