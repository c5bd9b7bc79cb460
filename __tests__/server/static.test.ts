/**
 * @jest-environment node
 */
import './support/esm-shims';

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { FastifyInstance } from 'fastify';

import { buildServer } from '@/server/app';
import { listenLocal, request } from './support/http';
import { COMMON_HEADERS, FALLBACK_CSP, WASM_WORKER_CSP } from '@/lib/http/security-headers';

function makeOut(withHeadersJson: boolean): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'out-'));
  const write = (rel: string, body: string) => {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), body);
  };
  write('index.html', '<h1>home</h1>');
  write('study.html', '<h1>study</h1>');
  write('study.txt', 'rsc payload');
  write('study/__next.study.txt', 'segment payload');
  write('404.html', '<h1>not found page</h1>');
  write('sw.js', 'self.x=1');
  write('workers/stats.js', 'self.y=1');
  write('workers/optimizer.js', 'self.z=1');
  write('workers/fsrs_browser_bg.wasm', '\0asm');
  write('manifest.webmanifest', '{}');
  write('_next/static/chunks/app.js', 'console.log(1)');
  write('icon.png', 'png');
  write('.env', 'SECRET=1');
  if (withHeadersJson) {
    write(
      'headers.json',
      JSON.stringify({
        '/study.html': { 'Content-Security-Policy': "default-src 'self'; script-src 'self' 'sha256-abc'" },
        '*': { 'Content-Security-Policy': "default-src 'self'", 'X-Frame-Options': 'DENY' },
      }),
    );
  }
  return dir;
}

function expectSecurityHeaders(headers: Record<string, unknown>) {
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy']).toBe(COMMON_HEADERS['Permissions-Policy']);
  expect(String(headers['content-security-policy'])).not.toContain('unsafe-eval');
}

describe('static export without headers.json', () => {
  let out: string;
  let app: FastifyInstance;
  let base: string;
  const get = (url: string, method = 'GET') => request(base, method, url);
  beforeAll(async () => {
    out = makeOut(false);
    app = await buildServer({ outDir: out });
    base = await listenLocal(app);
  });
  afterAll(async () => {
    await app.close();
    rmSync(out, { recursive: true, force: true });
  });

  it.each([
    ['/', 'home'],
    ['/study', 'study'],
    ['/study/', 'study'],
    ['/study.html', 'study'],
    ['/study?x=1', 'study'],
  ])('serves %s as HTML with no-cache', async (url, text) => {
    const res = await get(url);
    expect(res.status).toBe(200);
    expect(res.body).toContain(text);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['content-security-policy']).toBe(FALLBACK_CSP);
    expectSecurityHeaders(res.headers);
  });

  it.each(['/study.txt', '/study/__next.study.txt', '/sw.js', '/manifest.webmanifest', '/workers/stats.js'])(
    'revalidates %s',
    async (url) => {
      const res = await get(url);
      expect(res.status).toBe(200);
      expect(res.headers['cache-control']).toBe('no-cache');
      expectSecurityHeaders(res.headers);
    },
  );

  it('serves the optimizer’s worker with its own CSP, which alone allows WebAssembly, and the .wasm as such', async () => {
    const worker = await get('/workers/optimizer.js');
    expect(worker.headers['content-security-policy']).toBe(WASM_WORKER_CSP);
    expect(worker.headers['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
    const wasm = await get('/workers/fsrs_browser_bg.wasm');
    expect(wasm.headers['content-type']).toBe('application/wasm');
    expect(wasm.headers['content-security-policy']).toBe(FALLBACK_CSP);
  });

  it('caches hashed assets for a year', async () => {
    const res = await get('/_next/static/chunks/app.js');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expectSecurityHeaders(res.headers);
  });

  it.each(['/nope', '/nope/', '/.env', '/..%2f..%2fetc/passwd', '/study/../.env'])('answers %s with 404.html', async (url) => {
    const res = await get(url);
    expect(res.status).toBe(404);
    expect(res.body).toContain('not found page');
    expect(res.headers['cache-control']).toBe('no-cache');
    expectSecurityHeaders(res.headers);
  });

  it('answers a malformed path with a 400 that still carries the security headers', async () => {
    const res = await get('/%E0%A4%A');
    expect(res.status).toBe(400);
    expectSecurityHeaders(res.headers);
  });

  it('answers unknown API paths with JSON', async () => {
    const res = await get('/api/nothing');
    expect(res.status).toBe(404);
    expect(JSON.parse(res.body)).toEqual({ error: 'not found' });
    expectSecurityHeaders(res.headers);
  });

  it('answers HEAD like GET without a body', async () => {
    const res = await get('/study', 'HEAD');
    expect(res.status).toBe(200);
    expect(res.body).toBe('');
    expect(res.headers['cache-control']).toBe('no-cache');
  });
});

describe('static export with headers.json', () => {
  let out: string;
  let app: FastifyInstance;
  let base: string;
  const get = (url: string) => request(base, 'GET', url);
  beforeAll(async () => {
    out = makeOut(true);
    app = await buildServer({ outDir: out });
    base = await listenLocal(app);
  });
  afterAll(async () => {
    await app.close();
    rmSync(out, { recursive: true, force: true });
  });

  it("applies a file's own headers over the defaults", async () => {
    const res = await get('/study');
    expect(res.headers['content-security-policy']).toBe("default-src 'self'; script-src 'self' 'sha256-abc'");
    expect(res.headers['x-frame-options']).toBe('DENY');
    expectSecurityHeaders(res.headers);
  });

  it('applies "*" to other files and to 404s', async () => {
    for (const url of ['/', '/sw.js', '/missing']) {
      const res = await get(url);
      expect(res.headers['content-security-policy']).toBe("default-src 'self'");
      expect(res.headers['x-frame-options']).toBe('DENY');
    }
  });

  it('refuses a headers.json that allows unsafe-eval', async () => {
    writeFileSync(path.join(out, 'headers.json'), JSON.stringify({ '*': { 'Content-Security-Policy': "script-src 'unsafe-eval'" } }));
    await expect(buildServer({ outDir: out })).rejects.toThrow(/unsafe-eval/);
  });

  it('accepts the worker policy that allows only WebAssembly', async () => {
    writeFileSync(
      path.join(out, 'headers.json'),
      JSON.stringify({ '/workers/optimizer.js': { 'Content-Security-Policy': WASM_WORKER_CSP } }),
    );
    const other = await buildServer({ outDir: out });
    await other.close();
  });
});
