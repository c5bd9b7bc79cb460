// Writes the security headers for the export: out/headers.json for our server and out/_headers for
// static hosts (Netlify, Cloudflare Pages). Each page's CSP allows exactly the inline scripts it ships,
// and every stylesheet of the export (a client-side navigation brings another route's styles inline).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { COMMON_HEADERS, FALLBACK_CSP, pagePolicy, WORKER_CSP, WORKER_PATH_PREFIX, type HeaderMap } from '@/lib/http/security-headers';

export const HEADER_FILES = ['headers.json', '_headers'] as const;

const SCRIPT_RE = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const STYLE_RE = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;
// Attributes only; text that merely mentions style= inside a script is removed before this runs.
const STYLE_ATTR_RE = /<[a-z][^>]*\sstyle\s*=/i;
const EVENT_ATTR_RE = /<[a-z][^>]*\son[a-z]+\s*=/i;

function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** CSP hash sources for every inline <script> (one without src), in document order. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const [, attributes = '', body = ''] of html.matchAll(SCRIPT_RE)) {
    if (/\ssrc\s*=/i.test(` ${attributes}`)) continue;
    hashes.push(sha256Source(body));
  }
  return unique(hashes);
}

export function inlineStyleHashes(html: string): string[] {
  return unique([...html.matchAll(STYLE_RE)].map(([, body = '']) => sha256Source(body)));
}

function markupOnly(html: string): string {
  return html.replace(SCRIPT_RE, '<script></script>').replace(STYLE_RE, '<style></style>');
}

export function hasStyleAttributes(html: string): boolean {
  return STYLE_ATTR_RE.test(markupOnly(html));
}

/** Inline event handlers (onclick=…) cannot run under this CSP; the build refuses pages that have them. */
export function hasEventHandlerAttributes(html: string): boolean {
  return EVENT_ATTR_RE.test(markupOnly(html));
}

/** The CSP for one exported HTML file: hashes for its inline scripts, and for the export's styles. */
export function cspForHtml(html: string, exportStyleHashes: readonly string[] = []): string {
  return pagePolicy({
    scriptHashes: inlineScriptHashes(html),
    styleHashes: unique([...inlineStyleHashes(html), ...exportStyleHashes]),
    styleAttributes: hasStyleAttributes(html),
  });
}

/** Every file under dir (relative paths), sorted. */
function listFiles(root: string, dir = ''): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const relative = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...listFiles(root, relative));
    else files.push(relative);
  }
  return files.sort();
}

/**
 * Hashes of every stylesheet a page of the export can hold inline: each page's own <style> blocks, and
 * each CSS chunk, which React inserts as a <style> with the file's exact text on a client-side navigation.
 */
export function exportStyleHashes(outDir: string, pages: readonly string[]): string[] {
  const staticDir = path.join(outDir, '_next', 'static');
  const cssFiles = existsSync(staticDir) ? listFiles(staticDir).filter((f) => f.endsWith('.css')) : [];
  return unique([
    ...pages.flatMap((file) => inlineStyleHashes(readFileSync(path.join(outDir, file), 'utf8'))),
    ...cssFiles.map((file) => sha256Source(readFileSync(path.join(staticDir, file), 'utf8'))),
  ]);
}

export function listHtmlFiles(outDir: string): string[] {
  return listFiles(outDir).filter((file) => file.endsWith('.html'));
}

/** "study.html" → ["/study", "/study.html"]; "index.html" → ["/", "/index.html"]. */
export function urlsForHtmlFile(file: string): string[] {
  const clean = `/${file.replace(/\.html$/, '')}`;
  if (clean === '/index') return ['/', '/index.html'];
  if (clean.endsWith('/index')) return [clean.slice(0, -'index'.length), `/${file}`];
  return [clean, `/${file}`];
}

export interface SecurityHeaders {
  /** Keys are files relative to out/ with a leading slash, plus "*" for every response. */
  byFile: Record<string, HeaderMap>;
  /** Netlify / Cloudflare Pages `_headers` text. */
  staticHostRules: string;
}

function headerBlock(pattern: string, headers: HeaderMap): string {
  return [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
}

export function computeSecurityHeaders(outDir: string): SecurityHeaders {
  const byFile: Record<string, HeaderMap> = { '*': { ...COMMON_HEADERS, 'Content-Security-Policy': FALLBACK_CSP } };
  // Static hosts join a header set by two matching rules, so "/*" carries no CSP: each page has its own.
  const blocks = [
    headerBlock('/*', COMMON_HEADERS),
    headerBlock('/_next/static/*', { 'Cache-Control': 'public, max-age=31536000, immutable' }),
    headerBlock('/sw.js', { 'Cache-Control': 'no-cache', 'Content-Security-Policy': FALLBACK_CSP }),
  ];
  const pages = listHtmlFiles(outDir);
  const styleHashes = exportStyleHashes(outDir, pages);
  for (const file of pages) {
    const html = readFileSync(path.join(outDir, file), 'utf8');
    if (hasEventHandlerAttributes(html)) throw new Error(`${file}: inline event handler attributes cannot run under the CSP`);
    const csp = cspForHtml(html, styleHashes);
    if (/unsafe-eval/.test(csp)) throw new Error(`${file}: CSP must not allow 'unsafe-eval'`);
    byFile[`/${file}`] = { 'Content-Security-Policy': csp };
    for (const url of urlsForHtmlFile(file)) blocks.push(headerBlock(url, { 'Content-Security-Policy': csp }));
  }
  const workers = listFiles(outDir).filter((file) => `/${file}`.startsWith(WORKER_PATH_PREFIX) && file.endsWith('.js'));
  for (const file of workers) byFile[`/${file}`] = { 'Content-Security-Policy': WORKER_CSP };
  if (workers.length > 0) blocks.push(headerBlock(`${WORKER_PATH_PREFIX}*`, { 'Content-Security-Policy': WORKER_CSP }));
  return { byFile, staticHostRules: `${blocks.join('\n\n')}\n` };
}

export function writeSecurityHeaders(outDir: string): SecurityHeaders {
  const headers = computeSecurityHeaders(outDir);
  writeFileSync(path.join(outDir, 'headers.json'), `${JSON.stringify(headers.byFile, null, 2)}\n`);
  writeFileSync(path.join(outDir, '_headers'), headers.staticHostRules);
  return headers;
}
