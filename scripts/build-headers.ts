// Writes the security headers for the export: out/headers.json for our server and out/_headers for
// static hosts (Netlify, Cloudflare Pages). Each page's CSP allows exactly the inline scripts it ships.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export type HeaderMap = Record<string, string>;

export const COMMON_HEADERS: HeaderMap = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

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

const BASE_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

/** The CSP for one exported HTML file: hashes for its inline scripts and styles; never 'unsafe-eval'. */
export function cspForHtml(html: string): string {
  const styleHashes = inlineStyleHashes(html);
  const directives = [
    BASE_DIRECTIVES[0]!,
    ['script-src', "'self'", ...inlineScriptHashes(html)].join(' '),
    ['style-src', "'self'", ...styleHashes].join(' '),
  ];
  // React renders style={…} props as attributes in prerendered HTML; allow those without opening <style>.
  if (hasStyleAttributes(html)) directives.push("style-src-attr 'unsafe-inline'");
  return [...directives, ...BASE_DIRECTIVES.slice(1)].join('; ');
}

/** For everything that is not a page (scripts, JSON, the worker): same-origin only, no inline code. */
export const FALLBACK_CSP = ["default-src 'self'", "script-src 'self'", "style-src 'self'", ...BASE_DIRECTIVES.slice(1)].join('; ');

export function listHtmlFiles(outDir: string, dir = ''): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(path.join(outDir, dir), { withFileTypes: true })) {
    const relative = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...listHtmlFiles(outDir, relative));
    else if (entry.name.endsWith('.html')) files.push(relative);
  }
  return files.sort();
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
  for (const file of listHtmlFiles(outDir)) {
    const html = readFileSync(path.join(outDir, file), 'utf8');
    if (hasEventHandlerAttributes(html)) throw new Error(`${file}: inline event handler attributes cannot run under the CSP`);
    const csp = cspForHtml(html);
    if (/unsafe-eval/.test(csp)) throw new Error(`${file}: CSP must not allow 'unsafe-eval'`);
    byFile[`/${file}`] = { 'Content-Security-Policy': csp };
    for (const url of urlsForHtmlFile(file)) blocks.push(headerBlock(url, { 'Content-Security-Policy': csp }));
  }
  return { byFile, staticHostRules: `${blocks.join('\n\n')}\n` };
}

export function writeSecurityHeaders(outDir: string): SecurityHeaders {
  const headers = computeSecurityHeaders(outDir);
  writeFileSync(path.join(outDir, 'headers.json'), `${JSON.stringify(headers.byFile, null, 2)}\n`);
  writeFileSync(path.join(outDir, '_headers'), headers.staticHostRules);
  return headers;
}
