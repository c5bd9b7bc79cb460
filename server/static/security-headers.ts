// Sends the build's per-file headers (out/headers.json); the headers themselves are defined in lib/http.
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { COMMON_HEADERS, FALLBACK_CSP, UNSAFE_EVAL, type HeaderMap } from '@/lib/http/security-headers';

export type HeadersByFile = Record<string, HeaderMap>;

/** Without the build's headers.json every response gets the strict fallback: no inline code at all. */
export const DEFAULT_HEADERS_BY_FILE: HeadersByFile = { '*': { 'Content-Security-Policy': FALLBACK_CSP } };

function isHeaderMap(value: unknown): value is HeaderMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string');
}

/** Reads out/headers.json; without it (or when it is malformed) every response gets the default CSP. */
export function loadHeadersByFile(outDir: string): HeadersByFile {
  let raw: string;
  try {
    raw = readFileSync(path.join(outDir, 'headers.json'), 'utf8');
  } catch {
    return DEFAULT_HEADERS_BY_FILE;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new Error(`${path.join(outDir, 'headers.json')} is not valid JSON`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error('headers.json must map file paths to header objects');
  }
  const result: HeadersByFile = {};
  for (const [key, headers] of Object.entries(parsed)) {
    if (!isHeaderMap(headers)) throw new Error(`headers.json: entry ${key} must map header names to strings`);
    if (Object.values(headers).some((v) => UNSAFE_EVAL.test(v))) {
      throw new Error(`headers.json: entry ${key} allows 'unsafe-eval'`);
    }
    result[key] = headers;
  }
  return result;
}

/** The headers for one file path relative to out/ ("/study.html"): the "*" defaults, then the file's own. */
export function headersForFile(byFile: HeadersByFile, filePath: string | undefined): HeaderMap {
  const own = filePath === undefined ? undefined : byFile[filePath];
  return { ...COMMON_HEADERS, ...byFile['*'], ...own };
}
