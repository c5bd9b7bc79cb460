// Media files of a package, checked against their names: a file is kept only when its bytes are the
// kind of image its extension says (a "picture.png" that is HTML or a script is refused, and the whole
// import with it). Sounds and other files Anki can carry are not shown here, so they are left out.
import { ImportError } from './errors';

export interface MediaFile {
  name: string;
  type: string;
  bytes: Uint8Array;
}

const IMAGE_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
};

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0) => sig.every((v, i) => b[at + i] === v);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** What the bytes are, from their first bytes; undefined when they are no image we show. */
export function sniffImage(bytes: Uint8Array): string | undefined {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'image/gif';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  const head = new TextDecoder()
    .decode(bytes.subarray(0, 512))
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(head)) return 'image/svg+xml';
  return undefined;
}

export function imageTypeForName(name: string): string | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  return ext ? IMAGE_TYPES[ext] : undefined;
}

/** The file as media we keep, null for a file that is no image by name, or ImportError when it lies. */
export function checkMedia(name: string, bytes: Uint8Array): MediaFile | null {
  if (name.includes('/') || name.includes('\\') || name === '..' || name.length > 255) {
    throw new ImportError('bad-media', `The media file "${name.slice(0, 80)}" has a name Anki never writes; the package was not imported.`);
  }
  const claimed = imageTypeForName(name);
  if (!claimed) return null;
  const actual = sniffImage(bytes);
  if (actual !== claimed) {
    throw new ImportError(
      'bad-media',
      `The media file "${name}" is not the ${claimed.slice(6).toUpperCase()} image its name says; the package was not imported.`,
    );
  }
  return { name, type: actual, bytes };
}

/** Names of media files the HTML points at (img src), decoded as Anki writes them. */
export function referencedMedia(html: string): string[] {
  const names: string[] = [];
  for (const m of html.matchAll(/<img\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
    const src = (m[1] ?? m[2] ?? m[3] ?? '').trim();
    if (src && !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src)) names.push(decodeEntities(src));
  }
  return names;
}

function decodeEntities(s: string): string {
  return s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}
