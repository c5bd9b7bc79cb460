// Settings → FSRS parameters on the app's own store, with a stand-in for the optimizer's worker (the
// real one runs WebAssembly, tested in the browser): progress while it runs, both figures after, the
// origin of the parameters in use, adopt and refuse, revert to the defaults and back, and the worker
// ended when the tab goes away.
import 'fake-indexeddb/auto';

import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';

import { DbProvider } from '@/components/db-provider';
import { FsrsParameters } from '@/components/settings/fsrs-parameters';
import { getDb, readPrefs, recordOptimizerRun, writePrefs } from '@/lib/db';
import type { OptimizerReply } from '@/lib/db/optimizer-reply';
import type { OptimizerRun } from '@/lib/insight/optimizer-decision';

import { TRUE_WEIGHTS } from '../../../bench/browser/synthetic-learner';
import { emptyStore, serveBundle } from '../browse/store';

const metrics = (logLoss: number, rmseBins: number) => ({ logLoss, rmseBins, items: 120 });

function run(adopted: boolean): OptimizerRun {
  return {
    at: Date.UTC(2026, 11, 2, 9, 30),
    reviews: 900,
    trainItems: 480,
    testItems: 120,
    defaults: metrics(0.4123, 0.0612),
    personal: adopted ? metrics(0.3456, 0.0301) : metrics(0.4321, 0.0712),
    current: null,
    weights: [...TRUE_WEIGHTS],
    adopted,
    reason: adopted ? 'Adopted: the personal parameters predict your later reviews better than the defaults.' : 'Kept: not better.',
  };
}

/** Stands in for /workers/optimizer.js: reports progress, records `next` as the real worker would. */
class FakeWorker {
  static last: FakeWorker | null = null;
  static next: OptimizerRun | 'refused' | 'crash' = run(true);
  onmessage: ((e: MessageEvent<OptimizerReply>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  terminated = false;
  constructor(readonly url: string) {
    // Only the optimizer's worker is stood in for; the deck sync then runs on the page, as without workers.
    if (String(url) !== '/workers/optimizer.js') throw new Error('no such worker here');
    FakeWorker.last = this;
  }
  private send(reply: OptimizerReply) {
    if (!this.terminated) this.onmessage?.({ data: reply } as MessageEvent<OptimizerReply>);
  }
  postMessage() {
    this.send({ type: 'progress', phase: 'training', epoch: 2 });
  }
  async finish() {
    const next = FakeWorker.next;
    if (next === 'refused') return this.send({ type: 'refused', reason: 'Not enough reviews yet: the optimizer needs 80.' });
    if (next === 'crash') return this.onerror?.({ preventDefault() {} } as ErrorEvent);
    this.send({ type: 'done', outcome: await recordOptimizerRun(getDb(), next) });
  }
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
  FakeWorker.next = run(true);
});

async function renderSection() {
  render(
    <DbProvider>
      <FsrsParameters />
    </DbProvider>,
  );
  await screen.findByText(/Not run yet/);
  await storeReady();
}

/** The buttons wait for the store. */
const storeReady = () => waitFor(() => expect(button('Optimize now').disabled).toBe(false));

const inUse = () => screen.getByText(/^In use:/).textContent;
const button = (name: string) => screen.getByRole('button', { name }) as HTMLButtonElement;

it('runs, shows progress, then both figures, and adopts parameters that predict better', async () => {
  await renderSection();
  expect(inUse()).toBe('In use: FSRS-6 defaults.');
  expect(button('Revert to defaults').disabled).toBe(true);
  fireEvent.click(button('Optimize now'));
  expect(screen.getByRole('status')).toHaveTextContent('Training on your earlier reviews: pass 2 done…');
  expect(screen.getByRole('progressbar', { name: 'Optimizer progress' })).toBeInTheDocument();
  expect(button('Optimize now').disabled).toBe(true);
  expect(FakeWorker.last!.url).toBe('/workers/optimizer.js');
  await act(() => FakeWorker.last!.finish());
  const table = await screen.findByRole('table');
  expect(within(table).getByRole('row', { name: /Defaults 0.4123 0.0612/ })).toBeInTheDocument();
  expect(within(table).getByRole('row', { name: /Personal 0.3456 0.0301/ })).toBeInTheDocument();
  expect(table).toHaveTextContent('Trained on 480 earlier reviews, judged on the latest 120');
  await screen.findByText((_, el) => el?.textContent === 'In use: personal, fitted to your reviews on this device.');
  expect(screen.getByText(/^Last run /)).toBeInTheDocument();
  expect(FakeWorker.last!.terminated).toBe(true);
  expect((await readPrefs(getDb())).srs.weights).toEqual(TRUE_WEIGHTS);
});

it('reverts to the defaults, then back to the previous (personal) parameters', async () => {
  await recordOptimizerRun(getDb(), run(true));
  render(
    <DbProvider>
      <FsrsParameters />
    </DbProvider>,
  );
  await screen.findByRole('table');
  await storeReady();
  await screen.findByText((_, el) => el?.textContent === 'In use: personal, fitted to your reviews on this device.');
  fireEvent.click(button('Revert to defaults'));
  await screen.findByText((_, el) => el?.textContent === 'In use: FSRS-6 defaults.');
  expect(screen.getByRole('status')).toHaveTextContent('Now using the FSRS-6 defaults.');
  expect((await readPrefs(getDb())).srs.weights).toBeNull();
  fireEvent.click(button('Revert to previous'));
  await screen.findByText((_, el) => el?.textContent === 'In use: personal, fitted to your reviews on this device.');
  expect((await readPrefs(getDb())).srs.weights).toEqual(TRUE_WEIGHTS);
});

it('keeps hand-entered parameters when the personal ones are not better, and says why', async () => {
  const db = getDb();
  const hand = [...TRUE_WEIGHTS.slice(0, 20), 0.2];
  await writePrefs(db, { ...(await readPrefs(db)), srs: { ...(await readPrefs(db)).srs, weights: hand } });
  FakeWorker.next = run(false);
  render(
    <DbProvider>
      <FsrsParameters />
    </DbProvider>,
  );
  await screen.findByText((_, el) => el?.textContent === 'In use: entered by hand.');
  await storeReady();
  fireEvent.click(button('Optimize now'));
  await act(() => FakeWorker.last!.finish());
  await screen.findByRole('table');
  expect(screen.getAllByText('Kept: not better.').length).toBeGreaterThan(0);
  expect(inUse()).toBe('In use: entered by hand.');
  expect((await readPrefs(db)).srs.weights).toEqual(hand);
});

it('says when there is too little to train on, or the worker failed, and records nothing', async () => {
  await renderSection();
  FakeWorker.next = 'refused';
  fireEvent.click(button('Optimize now'));
  await act(() => FakeWorker.last!.finish());
  expect(screen.getByRole('status')).toHaveTextContent('Not enough reviews yet');
  FakeWorker.next = 'crash';
  fireEvent.click(button('Optimize now'));
  await act(() => FakeWorker.last!.finish());
  expect(screen.getByRole('status')).toHaveTextContent('The optimizer could not run in this browser.');
  expect(screen.queryByRole('table')).toBeNull();
  expect((await readPrefs(getDb())).srs.weights).toBeNull();
});

it('ends the worker when the tab goes away, and records nothing', async () => {
  await renderSection();
  fireEvent.click(button('Optimize now'));
  const worker = FakeWorker.last!;
  act(() => {
    window.dispatchEvent(new Event('pagehide'));
  });
  expect(worker.terminated).toBe(true);
  expect(button('Optimize now').disabled).toBe(false);
  expect(screen.getByRole('status')).toHaveTextContent('');
});
