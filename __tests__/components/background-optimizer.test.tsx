// The background rerun on the app's own store: it starts the optimizer's worker once 500 reviews have
// come in since the last run (not before), never over parameters entered by hand, and ends the run when
// the app goes away.
import 'fake-indexeddb/auto';

import { act, render } from '@testing-library/react';

import { DbProvider } from '@/components/db-provider';
import { BackgroundOptimizer } from '@/components/optimizer/background-optimizer';
import { getDb, readPrefs, writePrefs } from '@/lib/db';
import { RERUN_AFTER_REVIEWS } from '@/lib/insight/optimizer-decision';
import { FSRS6_DEFAULTS } from '@/lib/srs/fsrs-model';

import { simulateLearner } from '../../bench/browser/synthetic-learner';
import { emptyStore, serveBundle } from './browse/store';

const started: FakeWorker[] = [];
class FakeWorker {
  onmessage: unknown = null;
  onerror: unknown = null;
  terminated = false;
  constructor(readonly url: string) {
    // Only the optimizer's worker is stood in for; the deck sync then runs on the page, as without workers.
    if (String(url) !== '/workers/optimizer.js') throw new Error('no such worker here');
    started.push(this);
  }
  postMessage() {}
  terminate() {
    this.terminated = true;
  }
}

beforeAll(() => {
  (global as unknown as { Worker: unknown }).Worker = FakeWorker;
});

beforeEach(async () => {
  await emptyStore();
  serveBundle();
  started.length = 0;
});

async function seedReviews(n: number) {
  const { logs } = simulateLearner({ deckId: 'd', prefix: 'c', reviews: n, now: Date.UTC(2026, 10, 1), seed: 1, timeZone: 'UTC' });
  await act(() => getDb().reviewLogs.bulkAdd(logs));
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 1500));

it('starts the worker once 500 reviews are in, and ends it when the app goes away', async () => {
  await seedReviews(RERUN_AFTER_REVIEWS - 1);
  const view = render(
    <DbProvider>
      <BackgroundOptimizer settleMs={50} />
    </DbProvider>,
  );
  await settle();
  expect(started).toHaveLength(0);
  await seedReviews(1);
  await settle();
  expect(started.map((w) => w.url)).toEqual(['/workers/optimizer.js']);
  view.unmount();
  expect(started[0].terminated).toBe(true);
});

it('never runs over parameters entered by hand', async () => {
  const db = getDb();
  await act(async () => writePrefs(db, { ...(await readPrefs(db)), srs: { ...(await readPrefs(db)).srs, weights: [...FSRS6_DEFAULTS] } }));
  await seedReviews(RERUN_AFTER_REVIEWS + 10);
  render(
    <DbProvider>
      <BackgroundOptimizer settleMs={50} />
    </DbProvider>,
  );
  await settle();
  expect(started).toHaveLength(0);
});
