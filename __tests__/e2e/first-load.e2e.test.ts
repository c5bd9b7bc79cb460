/** @jest-environment node */
// The built export (out/), checked where a user pays for it: the home route's first-load JavaScript stays
// within 150 KB gzip, and none of it is the FSRS engine (Today shows counts, not intervals).
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { firstLoadJsGzip } from '@/bench/audit';

import { OUT_DIR } from './helpers/server';

/** Script files a page loads on arrival. */
function firstLoadScripts(htmlFile: string): string[] {
  const html = readFileSync(path.join(OUT_DIR, htmlFile), 'utf8');
  return [...html.matchAll(/<script\b[^>]*\bsrc="(\/[^"?]+)[^"]*"[^>]*>/g)].map(([, src]) => src!);
}

// Strings only ts-fsrs's own code holds (its error messages), never our adapter's option names.
const FSRS_FINGERPRINTS = ['Invalid step value', 'Invalid rating:['];

describe('the built home route', () => {
  it('loads at most 150 KB of gzipped JavaScript first', () => {
    const kb = firstLoadJsGzip(OUT_DIR, 'index.html') / 1024;
    expect(kb).toBeGreaterThan(20);
    expect(kb).toBeLessThanOrEqual(150);
  });

  it('holds no ts-fsrs code in its first-load chunks', () => {
    const scripts = firstLoadScripts('index.html');
    expect(scripts.length).toBeGreaterThan(2);
    for (const src of scripts) {
      const code = readFileSync(path.join(OUT_DIR, src), 'utf8');
      for (const print of FSRS_FINGERPRINTS) expect({ src, has: code.includes(print) }).toEqual({ src, has: false });
    }
  });

  it('while the study route does load it (the check can fail)', () => {
    const codes = firstLoadScripts('study.html').map((src) => readFileSync(path.join(OUT_DIR, src), 'utf8'));
    const lazy = readFileSync(path.join(OUT_DIR, 'study.html'), 'utf8');
    expect(codes.some((code) => FSRS_FINGERPRINTS.some((p) => code.includes(p))) || FSRS_FINGERPRINTS.some((p) => lazy.includes(p))).toBe(
      true,
    );
  });
});

describe('the built statistics route', () => {
  it('loads at most 150 KB of gzipped JavaScript first: the figures are computed in a worker, later', () => {
    const kb = firstLoadJsGzip(OUT_DIR, 'stats.html') / 1024;
    expect(kb).toBeGreaterThan(20);
    expect(kb).toBeLessThanOrEqual(150);
    for (const src of firstLoadScripts('stats.html')) expect(readFileSync(path.join(OUT_DIR, src), 'utf8')).not.toContain('logDigests');
  });
});
