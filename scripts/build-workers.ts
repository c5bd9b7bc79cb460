// Runs after `next build`, before the service worker is built: bundles the app's own workers into
// out/workers/ at the fixed paths of lib/pwa/worker-files.ts, so the service worker precaches them, and
// puts sql.js's WebAssembly beside the Anki worker (only that worker's CSP lets it compile).
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

import { build } from 'esbuild';

import { SQL_WASM_FILE } from '@/lib/db/anki-reply';
import { WORKER_DIR, WORKER_FILES } from '@/lib/pwa/worker-files';

const ROOT = path.resolve(__dirname, '..');

const SOURCES: Record<keyof typeof WORKER_FILES, string> = {
  stats: path.join(ROOT, 'lib', 'db', 'stats.worker.ts'),
  anki: path.join(ROOT, 'lib', 'db', 'anki.worker.ts'),
};

export async function buildWorkers(outDir: string): Promise<string[]> {
  mkdirSync(path.join(outDir, WORKER_DIR), { recursive: true });
  const names = Object.keys(SOURCES) as (keyof typeof WORKER_FILES)[];
  for (const name of names) {
    await build({
      entryPoints: [SOURCES[name]],
      outfile: path.join(outDir, WORKER_FILES[name]),
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2022',
      minify: true,
      legalComments: 'none',
      tsconfig: path.join(ROOT, 'tsconfig.json'),
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'warning',
    });
  }
  copyFileSync(path.join(ROOT, 'node_modules', 'sql.js', 'dist', 'sql-wasm-browser.wasm'), path.join(outDir, SQL_WASM_FILE));
  return [...names.map((n) => WORKER_FILES[n]), SQL_WASM_FILE];
}
