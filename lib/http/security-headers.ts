// The one definition of the app's security headers. The build (scripts/build-headers.ts) fills in each
// page's script hashes and the export's style hashes and writes them for our server and static hosts;
// the server (server/static/security-headers.ts) sends the same, and falls back to the strict policy below.
// One script has a policy of its own: the optimizer's worker, the only context that compiles WebAssembly.
import { WORKER_FILES } from '@/lib/pwa/worker-files';

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

/**
 * The workers that compile WebAssembly (the optimizer's fsrs-browser, the Anki worker's sql.js): the strict policy plus
 * 'wasm-unsafe-eval', which lets it compile WebAssembly and still allows no eval of JavaScript. A
 * dedicated worker takes its policy from its own script's response, so pages keep theirs without it.
 */
export const WASM_WORKER_CSP = FALLBACK_CSP.replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'");

/** Scripts served with headers of their own (keys are paths under out/), after the "*" defaults. */
export const SCRIPT_HEADERS: Record<string, HeaderMap> = {
  [WORKER_FILES.optimizer]: { 'Content-Security-Policy': WASM_WORKER_CSP },
  [WORKER_FILES.anki]: { 'Content-Security-Policy': WASM_WORKER_CSP },
};

/** True when a policy lets JavaScript be evaluated from strings ('unsafe-eval'; 'wasm-unsafe-eval' does not). */
export function allowsUnsafeEval(policy: string): boolean {
  return /(^|[\s;])'unsafe-eval'/.test(policy);
}
