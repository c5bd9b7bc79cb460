// Runs after `next build`, before the service worker is built: bundles the app's own workers into
// out/workers/ at the fixed paths of lib/pwa/worker-files.ts, with the WebAssembly of the optimizer
// (fsrs-browser) and of the Anki worker (sql.js) beside them, so the service worker precaches them and no
// route's first load includes them; only those two workers' CSP lets WebAssembly compile.
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

import { build } from 'esbuild';

import { SQL_WASM_FILE } from '@/lib/db/anki-reply';
import { WORKER_DIR, WORKER_FILES } from '@/lib/pwa/worker-files';

const ROOT = path.resolve(__dirname, '..');

async function bundleWorker(source: string, outfile: string): Promise<void> {
  await build({
    entryPoints: [source],
    outfile,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    tsconfig: path.join(ROOT, 'tsconfig.json'),
    define: { 'process.env.NODE_ENV': '"production"' },
    // fsrs-browser resolves its .wasm from import.meta.url unless told where it is; the worker tells it.
    logOverride: { 'empty-import-meta': 'silent' },
    logLevel: 'warning',
  });
}

export async function buildWorkers(outDir: string): Promise<string[]> {
  mkdirSync(path.join(outDir, WORKER_DIR), { recursive: true });
  await bundleWorker(path.join(ROOT, 'lib', 'db', 'stats.worker.ts'), path.join(outDir, WORKER_FILES.stats));
  await bundleWorker(path.join(ROOT, 'lib', 'db', 'optimizer.worker.ts'), path.join(outDir, WORKER_FILES.optimizer));
  await bundleWorker(path.join(ROOT, 'lib', 'db', 'anki.worker.ts'), path.join(outDir, WORKER_FILES.anki));
  copyFileSync(require.resolve('fsrs-browser/fsrs_browser_bg.wasm'), path.join(outDir, WORKER_FILES.optimizerWasm));
  copyFileSync(path.join(ROOT, 'node_modules', 'sql.js', 'dist', 'sql-wasm-browser.wasm'), path.join(outDir, SQL_WASM_FILE));
  return [WORKER_FILES.stats, WORKER_FILES.optimizer, WORKER_FILES.optimizerWasm, WORKER_FILES.anki, SQL_WASM_FILE];
}
