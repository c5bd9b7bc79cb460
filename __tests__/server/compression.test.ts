/**
 * @jest-environment node
 */
// Compression: the build's .br / .gz copies of hashed assets, per-response compression of pages and
// the deck bundle, and plain bytes for clients that accept neither.
import './support/esm-shims';

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

import type { FastifyInstance } from 'fastify';

import { buildServer } from '@/server/app';
import { compressAssets } from '@/scripts/compress-assets';

import { listenLocal, request } from './support/http';

// Repetitive text compresses well, like real bundles do.
const SCRIPT = `${'function render(){return "containerd";}\n'.repeat(200)}`;
const STYLE = `${'.card{padding:1rem;border-radius:8px}\n'.repeat(100)}`;
const PAGE = `<!doctype html><html><body>${'<p>Study containerd on the train.</p>'.repeat(100)}</body></html>`;
const BUNDLE = JSON.stringify({ version: 'v1', decks: Array.from({ length: 50 }, (_, i) => ({ id: `deck-${i}`, title: 'Deck' })) });

let out: string;
let app: FastifyInstance;
let base: string;

function write(rel: string, body: string): void {
  mkdirSync(path.dirname(path.join(out, rel)), { recursive: true });
  writeFileSync(path.join(out, rel), body);
}

beforeAll(async () => {
  out = mkdtempSync(path.join(tmpdir(), 'out-compress-'));
  write('index.html', PAGE);
  write('small.html', '<p>tiny</p>');
  write('decks/bundle.json', BUNDLE);
  write('_next/static/chunks/app-1a2b.js', SCRIPT);
  write('_next/static/chunks/app-1a2b.css', STYLE);
  write('_next/static/chunks/tiny-3c4d.js', 'console.log(1)');
  write('_next/static/media/font-5e6f.woff2', 'binary font');
  write('icon.png', 'png');
  compressAssets(out);
  app = await buildServer({ outDir: out });
  base = await listenLocal(app);
});

afterAll(async () => {
  await app.close();
  rmSync(out, { recursive: true, force: true });
});

const get = (url: string, acceptEncoding?: string) =>
  request(base, 'GET', url, undefined, acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding });

describe('compressAssets', () => {
  it('writes Brotli and gzip copies of hashed text assets that decompress to the same bytes', () => {
    for (const [rel, text] of [
      ['_next/static/chunks/app-1a2b.js', SCRIPT],
      ['_next/static/chunks/app-1a2b.css', STYLE],
    ] as const) {
      const file = path.join(out, rel);
      expect(brotliDecompressSync(readFileSync(`${file}.br`)).toString()).toBe(text);
      expect(gunzipSync(readFileSync(`${file}.gz`)).toString()).toBe(text);
      expect(readFileSync(`${file}.br`).length).toBeLessThan(text.length / 5);
    }
  });

  it('leaves tiny files, binary files and everything outside _next/static alone', () => {
    for (const rel of [
      '_next/static/chunks/tiny-3c4d.js',
      '_next/static/media/font-5e6f.woff2',
      'index.html',
      'decks/bundle.json',
      'icon.png',
    ]) {
      expect(existsSync(path.join(out, `${rel}.br`))).toBe(false);
      expect(existsSync(path.join(out, `${rel}.gz`))).toBe(false);
    }
  });
});

describe('serving compressed responses', () => {
  it('sends the Brotli copy of a hashed script to a browser that accepts it', async () => {
    const res = await get('/_next/static/chunks/app-1a2b.js', 'gzip, deflate, br');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^application\/javascript/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['vary']).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(res.raw).toString()).toBe(SCRIPT);
  });

  it('sends the gzip copy when Brotli is not accepted', async () => {
    const res = await get('/_next/static/chunks/app-1a2b.css', 'gzip');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['content-type']).toMatch(/^text\/css/);
    expect(gunzipSync(res.raw).toString()).toBe(STYLE);
  });

  it('sends plain bytes to a client that accepts no encoding', async () => {
    const res = await get('/_next/static/chunks/app-1a2b.js');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body).toBe(SCRIPT);
  });

  it('compresses pages and the deck bundle per response, keeping their headers', async () => {
    const page = await get('/', 'br');
    expect(page.headers['content-encoding']).toBe('br');
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers['content-security-policy']).toBeDefined();
    expect(brotliDecompressSync(page.raw).toString()).toBe(PAGE);

    const bundle = await get('/decks/bundle.json', 'gzip');
    expect(bundle.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(bundle.raw).toString())).toEqual(JSON.parse(BUNDLE));
  });
});
