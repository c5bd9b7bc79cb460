// A dedicated worker that fits FSRS parameters to the learner's own review log with fsrs-browser
// (fsrs-rs in WebAssembly), judges them on a time-ordered hold-out and records the outcome. It reads
// the log from IndexedDB itself, so the log never crosses to or from the page. Its script is served
// with its own CSP, which alone allows 'wasm-unsafe-eval' (lib/http/security-headers.ts).
import init, { Fsrs } from 'fsrs-browser';

import { runOptimizer } from '@/lib/insight/optimizer-run';

import { readOptimizerReviews, recordOptimizerRun } from './optimizer-store';
import type { OptimizerReply, OptimizerRequest } from './optimizer-reply';
import { readPrefs, studyDaySettings } from './prefs';
import { getDb } from './schema';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<OptimizerRequest>) => void) | null;
  postMessage: (reply: OptimizerReply) => void;
};
const post = (reply: OptimizerReply) => scope.postMessage(reply);

// fsrs-rs logs each finished epoch ("epoch: 2 loss: …") while its training blocks this thread; a
// message posted from here still reaches the page, which shows it as progress.
for (const level of ['log', 'info'] as const) {
  const original = console[level].bind(console);
  console[level] = (...args: unknown[]) => {
    const epoch = /^epoch: (\d+)/.exec(String(args[0]));
    if (epoch) post({ type: 'progress', phase: 'training', epoch: Number(epoch[1]) });
    else original(...args);
  };
}

async function optimize({ wasmUrl }: OptimizerRequest): Promise<OptimizerReply> {
  post({ type: 'progress', phase: 'loading' });
  await init({ module_or_path: wasmUrl });
  post({ type: 'progress', phase: 'reading' });
  const db = getDb();
  const [reviews, prefs] = await Promise.all([readOptimizerReviews(db), readPrefs(db)]);
  const result = runOptimizer({
    reviews,
    settings: studyDaySettings(prefs),
    current: prefs.srs.weights,
    now: Date.now(),
    onPhase: (phase) => post({ type: 'progress', phase }),
    // computeParameters takes the Fsrs object over and frees it.
    train: ({ ratings, deltaTs, lengths }) => new Fsrs().computeParameters(ratings, deltaTs, lengths, undefined, true),
  });
  if (!result.ok) return { type: 'refused', reason: result.reason };
  return { type: 'done', outcome: await recordOptimizerRun(db, result.run) };
}

scope.onmessage = ({ data }) => {
  optimize(data).then(post, (error: unknown) => post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }));
};
