/** @jest-environment node */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { buildOfflineSupport } from '@/scripts/build-sw';

const ROOT = path.join(__dirname, '..', '..');

const FILES: Record<string, string> = {
  'index.html': '<html><script>self.__next_f.push([1,""])</script></html>',
  'index.txt': '0:{}',
  'study.html': '<html></html>',
  'study.txt': '0:{}',
  'study/__next._tree.txt': '0:{}',
  'offline.html': '<html>offline</html>',
  '404.html': '<html>404</html>',
  'manifest.webmanifest': '{}',
  'decks/bundle.json': '{"decks":[]}',
  'icons/icon-192.png': 'png',
  'screenshots/narrow.png': 'png',
  '_next/static/chunks/app-3f9a.js': 'console.log(1)',
  '_next/static/chunks/app-3f9a.js.map': '{}',
  '_next/static/chunks/app-77aa.css': 'p{}',
};

interface Entry {
  url: string;
  revision: string | null;
}

function precacheEntries(sw: string): Entry[] {
  const match = /\[\{["']?revision["']?:[\s\S]*?\}\]/.exec(sw) ?? /\[\{["']?url["']?:[\s\S]*?\}\]/.exec(sw);
  if (!match) throw new Error('no precache manifest in sw.js');
  return JSON.parse(match[0]) as Entry[];
}

describe('build-sw', () => {
  let outDir: string;
  let sw: string;

  beforeAll(async () => {
    outDir = mkdtempSync(path.join(os.tmpdir(), 'ctrd-sw-out-'));
    for (const [file, body] of Object.entries(FILES)) {
      mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
      writeFileSync(path.join(outDir, file), body);
    }
    await buildOfflineSupport(outDir);
    sw = readFileSync(path.join(outDir, 'sw.js'), 'utf8');
  }, 60_000);

  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it("precaches every page, RSC payload, deck, icon, asset and the app's own workers, and nothing else", () => {
    const urls = precacheEntries(sw)
      .map((e) => e.url)
      .sort();
    expect(urls).toEqual(
      [
        '404.html',
        '_next/static/chunks/app-3f9a.js',
        '_next/static/chunks/app-77aa.css',
        'decks/bundle.json',
        'icons/icon-192.png',
        'index.html',
        'index.txt',
        'manifest.webmanifest',
        'offline.html',
        'study.html',
        'study.txt',
        'study/__next._tree.txt',
        'workers/anki.js',
        'workers/fsrs_browser_bg.wasm',
        'workers/optimizer.js',
        'workers/sql-wasm.wasm',
        'workers/stats.js',
      ].sort(),
    );
  });

  it('revisions files by content, except hashed _next/static names', () => {
    for (const entry of precacheEntries(sw)) {
      if (entry.url.startsWith('_next/static/')) expect(entry.revision).toBeNull();
      else expect(entry.revision).toMatch(/^[0-9a-f]{32}$/);
    }
  });

  it('bundles Workbox into one self-contained worker that loads nothing from another host', () => {
    expect(sw).not.toMatch(/importScripts/);
    // The only address in the bundle is a link inside one of Workbox's console warnings.
    expect(sw.match(/https?:\/\/[^\s"'`]+/g) ?? []).toEqual(['https://bit.ly/wb-precache']);
    expect(sw).toContain('SKIP_WAITING');
    expect(sw).toContain('/offline.html');
  });

  it('writes the security header files beside it', () => {
    const headers = JSON.parse(readFileSync(path.join(outDir, 'headers.json'), 'utf8')) as Record<string, unknown>;
    expect(Object.keys(headers)).toEqual(expect.arrayContaining(['*', '/index.html', '/study.html', '/offline.html']));
    expect(readFileSync(path.join(outDir, '_headers'), 'utf8')).toContain('/study\n  Content-Security-Policy:');
  });

  it('type-checks sw/sw.ts as a worker', () => {
    execFileSync(path.join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', path.join(ROOT, 'sw', 'tsconfig.json')], { stdio: 'pipe' });
  }, 60_000);
});
