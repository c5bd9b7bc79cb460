/** @jest-environment node */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import {
  cspForHtml,
  hasEventHandlerAttributes,
  hasStyleAttributes,
  inlineScriptHashes,
  urlsForHtmlFile,
  writeSecurityHeaders,
} from '@/scripts/build-headers';
import { allowsUnsafeEval, WASM_WORKER_CSP } from '@/lib/http/security-headers';
import { headersForFile, loadHeadersByFile } from '@/server/static/security-headers';

const BOOT = "try{document.documentElement.dataset.theme='dark'}catch(e){}";
const FLIGHT = 'self.__next_f.push([1,"0:{\\"a\\":1}"])';
const PAGE = `<!DOCTYPE html><html><head><script>${BOOT}</script><script src="/_next/static/chunks/a.js" async=""></script></head>
<body><p>hi</p><script>${FLIGHT}</script><script id="_R_">${FLIGHT}</script></body></html>`;

function hashOf(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

function directive(csp: string, name: string): string | undefined {
  return csp.split('; ').find((d) => d.split(' ')[0] === name);
}

describe('CSP for an exported page', () => {
  it('hashes each distinct inline script and skips external ones', () => {
    expect(inlineScriptHashes(PAGE)).toEqual([hashOf(BOOT), hashOf(FLIGHT)]);
  });

  it('allows only self and those hashes for scripts, never eval or inline', () => {
    const csp = cspForHtml(PAGE);
    expect(directive(csp, 'script-src')).toBe(`script-src 'self' ${hashOf(BOOT)} ${hashOf(FLIGHT)}`);
    expect(csp).not.toMatch(/unsafe-eval/);
    expect(directive(csp, 'style-src')).toBe("style-src 'self'");
    expect(directive(csp, 'style-src-attr')).toBeUndefined();
    for (const d of ["object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'", "worker-src 'self'", "manifest-src 'self'"]) {
      expect(csp).toContain(d);
    }
  });

  it('allows style attributes only on pages that render them, and hashes <style> blocks', () => {
    const styled = PAGE.replace('<p>hi</p>', '<p style="margin:0">hi</p><style>.x{color:red}</style>');
    const csp = cspForHtml(styled);
    expect(hasStyleAttributes(styled)).toBe(true);
    expect(directive(csp, 'style-src-attr')).toBe("style-src-attr 'unsafe-inline'");
    expect(directive(csp, 'style-src')).toBe(`style-src 'self' ${hashOf('.x{color:red}')}`);
  });

  it('is not fooled by markup-like text inside scripts', () => {
    const tricky = PAGE.replace(FLIGHT, 'var s = "<p style=x onclick=y>"');
    expect(hasStyleAttributes(tricky)).toBe(false);
    expect(hasEventHandlerAttributes(tricky)).toBe(false);
    expect(hasEventHandlerAttributes('<img src=x onerror="alert(1)">')).toBe(true);
  });

  it('maps files to the URLs that serve them', () => {
    expect(urlsForHtmlFile('index.html')).toEqual(['/', '/index.html']);
    expect(urlsForHtmlFile('study.html')).toEqual(['/study', '/study.html']);
    expect(urlsForHtmlFile('decks/index.html')).toEqual(['/decks/', '/decks/index.html']);
  });
});

describe('writeSecurityHeaders', () => {
  let outDir: string;

  beforeEach(() => {
    outDir = mkdtempSync(path.join(os.tmpdir(), 'ctrd-headers-'));
    writeFileSync(path.join(outDir, 'index.html'), PAGE);
    writeFileSync(path.join(outDir, 'study.html'), PAGE.replace(BOOT, 'study()'));
    mkdirSync(path.join(outDir, '_next'));
    writeFileSync(path.join(outDir, '_next', 'a.js'), '');
  });

  afterEach(() => rmSync(outDir, { recursive: true, force: true }));

  it('writes a headers.json that the server loads and applies per file', () => {
    writeSecurityHeaders(outDir);
    const byFile = loadHeadersByFile(outDir);
    const study = headersForFile(byFile, '/study.html');
    expect(study['Content-Security-Policy']).toContain(hashOf('study()'));
    expect(study['Content-Security-Policy']).not.toContain(hashOf(BOOT));
    expect(study['X-Content-Type-Options']).toBe('nosniff');
    expect(study['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(study['Permissions-Policy']).toContain('camera=()');
    const script = headersForFile(byFile, '/_next/a.js');
    expect(directive(script['Content-Security-Policy']!, 'script-src')).toBe("script-src 'self'");
  });

  it('lets the optimizer’s and the Anki worker, and nothing else, compile WebAssembly, in headers.json and _headers', () => {
    const { staticHostRules } = writeSecurityHeaders(outDir);
    const byFile = loadHeadersByFile(outDir);
    for (const file of ['/workers/optimizer.js', '/workers/anki.js']) {
      const worker = headersForFile(byFile, file)['Content-Security-Policy']!;
      expect(directive(worker, 'script-src')).toBe("script-src 'self' 'wasm-unsafe-eval'");
      expect(worker).toBe(WASM_WORKER_CSP);
      expect(allowsUnsafeEval(worker)).toBe(false);
      expect(staticHostRules).toContain(`${file}\n  Content-Security-Policy: ${WASM_WORKER_CSP}`);
    }
    for (const file of ['/study.html', '/index.html', '/workers/stats.js', '/sw.js']) {
      expect(headersForFile(byFile, file)['Content-Security-Policy']).not.toContain('wasm-unsafe-eval');
    }
    expect(staticHostRules.match(/wasm-unsafe-eval/g)).toHaveLength(2);
  });

  it('writes _headers with common headers for every path and each page CSP under its URLs only', () => {
    writeSecurityHeaders(outDir);
    const rules = readFileSync(path.join(outDir, '_headers'), 'utf8');
    const blocks = rules
      .trim()
      .split(/\n\n/)
      .map((b) => b.split('\n'));
    const byPattern = new Map(blocks.map(([pattern, ...lines]) => [pattern, lines.map((l) => l.trim())]));
    expect(byPattern.get('/*')).toEqual([
      'X-Content-Type-Options: nosniff',
      'Referrer-Policy: strict-origin-when-cross-origin',
      'Permissions-Policy: camera=(), microphone=(), geolocation=()',
    ]);
    for (const url of ['/', '/index.html', '/study', '/study.html']) {
      expect(byPattern.get(url)?.[0]).toMatch(/^Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-/);
    }
    expect(byPattern.get('/study')?.[0]).toContain(hashOf('study()'));
  });

  it("lets every page hold every page's styles and CSS chunks (a tap brings the next route's styles inline)", () => {
    writeFileSync(path.join(outDir, 'decks.html'), PAGE.replace('<p>hi</p>', '<style>.decks{color:red}</style>'));
    mkdirSync(path.join(outDir, '_next', 'static', 'chunks'), { recursive: true });
    writeFileSync(path.join(outDir, '_next', 'static', 'chunks', 'browse.css'), '.browse{display:grid}\n');
    writeSecurityHeaders(outDir);
    const byFile = loadHeadersByFile(outDir);
    for (const page of ['/index.html', '/study.html', '/decks.html']) {
      const styleSrc = directive(byFile[page]!['Content-Security-Policy']!, 'style-src');
      expect(styleSrc).toBe(`style-src 'self' ${hashOf('.decks{color:red}')} ${hashOf('.browse{display:grid}\n')}`);
    }
    // Scripts stay per page.
    expect(byFile['/decks.html']!['Content-Security-Policy']).not.toContain(hashOf('study()'));
  });

  it('refuses a page with an inline event handler, which the CSP would silently break', () => {
    writeFileSync(path.join(outDir, 'bad.html'), '<button onclick="go()">Go</button>');
    expect(() => writeSecurityHeaders(outDir)).toThrow(/bad.html: inline event handler/);
  });
});
