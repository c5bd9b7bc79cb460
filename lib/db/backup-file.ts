// A backup as a file: gzip-compressed JSON (review logs compress about tenfold), read back from
// gzip or plain JSON, so a backup unpacked by hand still restores.
import { Gunzip, gzipSync, strFromU8, strToU8 } from 'fflate';

import { parseBackup, type Backup } from './backup-format';

/** Larger than any real backup (a million reviews is about 400 MB of JSON): a zip bomb is refused. */
export const MAX_BACKUP_BYTES = 512 * 1024 * 1024;

export function encodeBackup(backup: Backup): Uint8Array {
  return gzipSync(strToU8(JSON.stringify(backup)), { level: 6, mtime: backup.exportedAt });
}

export function backupFileName(exportedAt: number): string {
  return `containerd-cards-backup-${new Date(exportedAt).toISOString().slice(0, 10)}.json.gz`;
}

function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

class TooLarge extends Error {}

/** Unpacks in slices, stopping as soon as the text passes `maxBytes`: a zip bomb is never held. */
function gunzipText(bytes: Uint8Array, maxBytes: number): string {
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  const gunzip = new Gunzip((chunk, final) => {
    size += chunk.length;
    if (size > maxBytes) throw new TooLarge();
    text += decoder.decode(chunk, { stream: !final });
  });
  const SLICE = 1 << 16;
  for (let at = 0; at < bytes.length; at += SLICE) gunzip.push(bytes.subarray(at, at + SLICE), at + SLICE >= bytes.length);
  return text;
}

const tooLarge = (maxBytes: number) =>
  `This file unpacks to more than ${Math.round(maxBytes / 1024 / 1024)} MB: it is not a containerd Cards backup.`;

export function decodeBackup(bytes: Uint8Array, maxBytes = MAX_BACKUP_BYTES): { backup: Backup } | { error: string } {
  if (bytes.length === 0) return { error: 'This file is empty.' };
  let text: string;
  if (isGzip(bytes)) {
    try {
      text = gunzipText(bytes, maxBytes);
    } catch (e) {
      if (e instanceof TooLarge) return { error: tooLarge(maxBytes) };
      return { error: 'This backup is damaged (its compressed data is incomplete) and was not restored.' };
    }
  } else {
    if (bytes.length > maxBytes) return { error: tooLarge(maxBytes) };
    text = strFromU8(bytes);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { error: 'This file is not a containerd Cards backup (it is not JSON, or it was cut short).' };
  }
  return parseBackup(data);
}
