/** @jest-environment node */
// One real, small optimizer run: fsrs-rs (fsrs-browser's WebAssembly, in a child Node process) trains on
// the earlier reviews of a synthetic learner whose memory follows known parameters unlike the defaults,
// and the hold-out judges its parameters better than the defaults, so they are adopted.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

import type { FlatItems } from '@/lib/insight/optimizer-items';
import { runOptimizer } from '@/lib/insight/optimizer-run';

import { simulateLearner } from '../../bench/browser/synthetic-learner';

function trainInNode({ ratings, deltaTs, lengths }: FlatItems): number[] {
  const input = JSON.stringify({ ratings: Array.from(ratings), deltaTs: Array.from(deltaTs), lengths: Array.from(lengths) });
  const child = spawnSync(process.execPath, [path.join(__dirname, 'support', 'fsrs-train.mjs')], { input, encoding: 'utf8' });
  if (child.status !== 0) throw new Error(child.stderr);
  return JSON.parse(child.stdout) as number[];
}

it('fits a learner’s parameters with fsrs-rs and adopts them on the hold-out', () => {
  const { logs } = simulateLearner({ deckId: 'd', prefix: 'c', reviews: 3000, now: Date.UTC(2026, 10, 1), seed: 3, timeZone: 'UTC' });
  const reviews = logs.map((l) => ({
    cardId: l.cardId,
    reviewedAt: l.reviewedAt,
    rating: l.rating,
    wasNew: l.before.sched.phase === 'new',
  }));
  const result = runOptimizer({ reviews, settings: { dayStartHour: 4, timeZone: 'UTC' }, current: null, now: 1, train: trainInNode });
  if (!result.ok) throw new Error(result.reason);
  const { run } = result;
  expect(run.weights).toHaveLength(21);
  expect(run.personal.logLoss).toBeLessThan(run.defaults.logLoss);
  expect(run.personal.rmseBins).toBeLessThanOrEqual(run.defaults.rmseBins);
  expect(run.adopted).toBe(true);
}, 60_000);
