// Where the build puts the app's own workers (scripts/build-workers.ts): fixed paths, outside
// _next/static, because a worker served from the service worker's cache must not depend on its URL's
// #fragment (Turbopack's workers read their bootstrap from it, and a cached response has none).
export const WORKER_DIR = 'workers';

export const WORKER_FILES = {
  /** The statistics (lib/db/stats.worker.ts), a classic worker. */
  stats: `/${WORKER_DIR}/stats.js`,
  /** The FSRS optimizer (lib/db/optimizer.worker.ts), a classic worker with its own CSP. */
  optimizer: `/${WORKER_DIR}/optimizer.js`,
  /** fsrs-browser's WebAssembly, fetched by the optimizer's worker. */
  optimizerWasm: `/${WORKER_DIR}/fsrs_browser_bg.wasm`,
  /** Anki packages and text files in, packages out (lib/db/anki.worker.ts), with sql.js's WebAssembly beside it. */
  anki: `/${WORKER_DIR}/anki.js`,
} as const;
