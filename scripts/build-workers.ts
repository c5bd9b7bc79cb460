// Runs after `next build`, before the service worker is built: bundles the app's own workers into
// out/workers/ at the fixed paths of lib/pwa/worker-files.ts, so the service worker precaches them.
import { mkdirSync } from 'node:fs';
import path from 'node:path';

import { build } from 'esbuild';

import { WORKER_DIR, WORKER_FILES } from '@/lib/pwa/worker-files';

const ROOT = path.resolve(__dirname, '..');

export async function buildWorkers(outDir: string): Promise<string[]> {
  mkdirSync(path.join(outDir, WORKER_DIR), { recursive: true });
  const outfile = path.join(outDir, WORKER_FILES.stats);
  await build({
    entryPoints: [path.join(ROOT, 'lib', 'db', 'stats.worker.ts')],
    outfile,
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
  return [WORKER_FILES.stats];
}
