// Runs after `next build`: writes the export's security headers, bundles sw/sw.ts with esbuild, and
// injects the precache manifest of out/ into it as out/sw.js.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { build } from 'esbuild';
import { injectManifest } from 'workbox-build';

import { HEADER_FILES, writeSecurityHeaders } from './build-headers';
import { buildWorkers } from './build-workers';

const ROOT = path.resolve(__dirname, '..');
export const SW_SOURCE = path.join(ROOT, 'sw', 'sw.ts');

// wasm: fsrs-browser beside the optimizer's worker, sql.js beside the Anki worker; apkg: the bundled decks
// as an Anki package, downloadable offline.
export const PRECACHE_GLOBS = ['**/*.{html,txt,js,css,png,svg,ico,webmanifest,json,woff2,wasm,apkg}'];

export interface BuildSwResult {
  swPath: string;
  count: number;
  size: number;
  warnings: string[];
}

async function bundleWorker(source: string, outfile: string): Promise<void> {
  await build({
    entryPoints: [source],
    outfile,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    // Workbox strips its logging and assertions from production builds.
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
}

/** Builds out/sw.js for an exported site; the precache lists every page, its RSC payload and asset. */
export async function buildServiceWorker(outDir: string, source = SW_SOURCE): Promise<BuildSwResult> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'ctrd-sw-'));
  try {
    const bundled = path.join(tmp, 'sw.js');
    await bundleWorker(source, bundled);
    const swPath = path.join(outDir, 'sw.js');
    const { count, size, warnings } = await injectManifest({
      swSrc: bundled,
      swDest: swPath,
      globDirectory: outDir,
      globPatterns: PRECACHE_GLOBS,
      // Screenshots only serve the install dialog, which needs the network anyway.
      globIgnores: [...HEADER_FILES, '**/*.map', 'workbox-*.js', 'screenshots/**'],
      // Hashed file names are their own revision; workbox then skips cache-busting them.
      dontCacheBustURLsMatching: /^_next\/static\//,
      maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
    });
    return { swPath, count, size, warnings };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** The app's workers, then the headers (the optimizer's worker has its own), then the precache of it all. */
export async function buildOfflineSupport(outDir: string): Promise<BuildSwResult> {
  await buildWorkers(outDir);
  writeSecurityHeaders(outDir);
  return buildServiceWorker(outDir);
}

if (require.main === module) {
  const outDir = path.resolve(process.argv[2] ?? path.join(ROOT, 'out'));
  buildOfflineSupport(outDir).then(
    ({ count, size, warnings }) => {
      for (const warning of warnings) console.warn(`warning: ${warning}`);
      console.log(`sw.js: precached ${count} files, ${(size / 1024).toFixed(0)} KiB; headers.json and _headers written`);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
