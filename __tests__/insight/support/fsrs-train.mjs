// fsrs-browser (fsrs-rs in WebAssembly) trained in plain Node, for __tests__/insight/optimizer-real.test.ts:
// Jest cannot load the package (an ES module that expects a worker's `self`), a child Node process can.
// Reads { ratings, deltaTs, lengths } as JSON on stdin; writes the fitted parameters as JSON on stdout.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// The package's thread-pool helper listens for messages on `self` when it loads; nothing here posts any.
globalThis.self = new EventTarget();
const require = createRequire(import.meta.url);
const { initSync, Fsrs } = await import('fsrs-browser');
initSync({ module: readFileSync(require.resolve('fsrs-browser/fsrs_browser_bg.wasm')) });
// fsrs-rs reports each training pass on the console; stdout carries only the answer.
console.log = () => {};
console.info = () => {};
const { ratings, deltaTs, lengths } = JSON.parse(readFileSync(0, 'utf8'));
const parameters = new Fsrs().computeParameters(
  new Uint32Array(ratings),
  new Uint32Array(deltaTs),
  new Uint32Array(lengths),
  undefined,
  true,
);
process.stdout.write(JSON.stringify(Array.from(parameters)));
