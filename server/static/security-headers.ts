// Headers every response carries, and the per-file headers (CSP) the build writes to out/headers.json.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export type HeaderMap = Record<string, string>;
export type HeadersByFile = Record<string, HeaderMap>;

export const SECURITY_HEADERS: HeaderMap = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

export const DEFAULT_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const DEFAULT_HEADERS_BY_FILE: HeadersByFile = { '*': { 'Content-Security-Policy': DEFAULT_CSP } };

function isHeaderMap(value: unknown): value is HeaderMap {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((v) => typeof v === 'string')
  );
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
    if (Object.values(headers).some((v) => /unsafe-eval/.test(v))) {
      throw new Error(`headers.json: entry ${key} allows 'unsafe-eval'`);
    }
    result[key] = headers;
  }
  return result;
}

/** The headers for one file path relative to out/ ("/study.html"): the "*" defaults, then the file's own. */
export function headersForFile(byFile: HeadersByFile, filePath: string | undefined): HeaderMap {
  const own = filePath === undefined ? undefined : byFile[filePath];
  return { ...SECURITY_HEADERS, ...byFile['*'], ...own };
}
