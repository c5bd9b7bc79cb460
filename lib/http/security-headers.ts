// The one definition of the app's security headers. The build (scripts/build-headers.ts) fills in each
// page's script hashes and the export's style hashes and writes them for our server and static hosts;
// the server (server/static/security-headers.ts) sends the same, and falls back to the strict policy below.

export type HeaderMap = Record<string, string>;

export const COMMON_HEADERS: HeaderMap = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

const BASE_DIRECTIVES = [
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

export interface PagePolicyInput {
  /** Hash sources of the page's own inline scripts: scripts never cross pages, so they stay per page. */
  scriptHashes: readonly string[];
  /**
   * Hash sources of every stylesheet the export can put inline, on any page. A client-side navigation
   * inserts the next route's stylesheet as a <style> into the first page's document, so a page must
   * allow the styles of every page it can navigate to, not only its own.
   */
  styleHashes: readonly string[];
  /** React renders style={…} props as attributes in prerendered HTML. */
  styleAttributes: boolean;
}

/** A page's Content-Security-Policy: 'self' plus hashes; never 'unsafe-eval' or inline scripts. */
export function pagePolicy({ scriptHashes, styleHashes, styleAttributes }: PagePolicyInput): string {
  const directives = [
    "default-src 'self'",
    ['script-src', "'self'", ...scriptHashes].join(' '),
    ['style-src', "'self'", ...styleHashes].join(' '),
  ];
  if (styleAttributes) directives.push("style-src-attr 'unsafe-inline'");
  return [...directives, ...BASE_DIRECTIVES].join('; ');
}

/** For everything that is not a page (scripts, JSON, the worker, a missing headers file): no inline code. */
export const FALLBACK_CSP = pagePolicy({ scriptHashes: [], styleHashes: [], styleAttributes: false });

/** The app's dedicated workers are served from here (lib/pwa/worker-files.ts). */
export const WORKER_PATH_PREFIX = '/workers/';

/**
 * For worker scripts under WORKER_PATH_PREFIX. A dedicated worker takes its CSP from its own script's
 * response, so WebAssembly may compile there ('wasm-unsafe-eval': sql.js, an optimizer) while pages
 * keep a policy without it. Still no eval, no inline code and nothing from another origin.
 */
export const WORKER_CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');

/** 'unsafe-eval' itself, not the narrower 'wasm-unsafe-eval' worker scripts may have. */
export const UNSAFE_EVAL = /(?<!wasm-)'unsafe-eval'/;
