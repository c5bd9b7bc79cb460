// Maps a request path to a file of the static export, the way the export's clean URLs expect.
import { statSync } from 'node:fs';
import path from 'node:path';

function isFile(absolute: string): boolean {
  try {
    return statSync(absolute).isFile();
  } catch {
    return false;
  }
}

/**
 * Returns the file path relative to outDir with a leading slash ("/study.html"), or undefined.
 * `/study`, `/study/` and `/study.html` all give "/study.html"; `/` gives "/index.html".
 */
export function resolveStaticFile(outDir: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '..' || s === '.' || s.startsWith('.'))) return undefined;
  const clean = '/' + segments.join('/');
  const candidates = clean === '/' ? ['/index.html'] : [clean, `${clean}.html`, `${clean}/index.html`];
  const root = path.resolve(outDir);
  for (const candidate of candidates) {
    const absolute = path.join(root, candidate);
    if (!absolute.startsWith(root + path.sep)) continue;
    if (isFile(absolute)) return candidate;
  }
  return undefined;
}
