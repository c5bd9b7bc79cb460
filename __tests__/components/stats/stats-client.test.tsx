// A press on the Stats tab starts the statistics worker and asks for every deck's figures before the
// screen has loaded; the screen opens with that request and takes its answer instead of asking again.
import { fireEvent, render, screen } from '@testing-library/react';

import type { StatsFigures } from '@/lib/db/stats-reply';

let pathname = '/';
jest.mock('next/navigation', () => ({ usePathname: () => pathname }));

/** The store's module as far as the client uses it: the watch on writes to the statistics' input. */
let writeSeen: (() => void) | null = null;
let releaseDbModule: () => void = () => undefined;
jest.mock('@/components/lazy-db', () => ({
  loadDbModule: () =>
    new Promise((resolve) => {
      releaseDbModule = () => resolve({ watchStatsInput: (onWrite: () => void) => ((writeSeen = onWrite), () => undefined) });
    }),
}));

/** A stand-in for the statistics worker: records what it is asked and answers when told. */
class FakeWorker {
  static made: FakeWorker[] = [];
  posted: { seq: number; request: { deckId: string | null; now: number }; writes: number | null }[] = [];
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: ((e: Event) => void) | null = null;
  constructor(readonly url: string) {
    FakeWorker.made.push(this);
  }
  postMessage(message: FakeWorker['posted'][number]) {
    this.posted.push(message);
  }
  answer(seq: number, figures: Omit<StatsFigures, 'stats'>) {
    this.onmessage?.({ data: { seq, ok: true, stats: {}, ...figures } });
  }
  terminate() {}
}

type Client = typeof import('@/components/stats/stats-client');

let clock = 1000;
beforeEach(() => {
  FakeWorker.made = [];
  pathname = '/';
  clock = 1000;
  (globalThis as unknown as { Worker: unknown }).Worker = FakeWorker;
  jest.spyOn(performance, 'now').mockImplementation(() => clock);
});
afterEach(() => {
  delete (globalThis as unknown as { Worker?: unknown }).Worker;
  jest.restoreAllMocks();
});

/** A fresh copy of the client (its worker and early request are module state). */
function client(): Client {
  let m: Client | undefined;
  jest.isolateModules(() => {
    m = jest.requireActual<Client>('@/components/stats/stats-client');
  });
  return m!;
}

it('asks once at a press, and hands the answer to the screen that opens with the same request', async () => {
  const c = client();
  c.prefetchStats();
  c.prefetchStats(); // the press's click after its pointerdown
  expect(FakeWorker.made).toHaveLength(1);
  const [worker] = FakeWorker.made;
  expect(worker.posted).toHaveLength(1);
  const { seq, request } = worker.posted[0];
  expect(request.deckId).toBeNull();
  expect(c.earlyStatsRequest()).toEqual(request);

  expect(c.takeEarlyStats({ deckId: 'runc', now: request.now })).toBeNull();
  expect(c.takeEarlyStats({ deckId: null, now: request.now + 1 })).toBeNull();
  const early = c.takeEarlyStats(request);
  expect(early).not.toBeNull();
  expect(early!.startedAt).toBe(1000);
  expect(c.takeEarlyStats(request)).toBeNull(); // taken once
  expect(c.earlyStatsRequest()).toBeNull();

  worker.answer(seq, { reviews: 12, cards: 34 });
  await expect(early!.answer).resolves.toMatchObject({ reviews: 12, cards: 34 });
});

it('lets a request that no screen took go stale after a few seconds', () => {
  const c = client();
  c.prefetchStats();
  const { request } = FakeWorker.made[0].posted[0];
  clock += 6000;
  expect(c.earlyStatsRequest()).toBeNull();
  expect(c.takeEarlyStats(request)).toBeNull();
  c.prefetchStats(); // a later press asks afresh
  expect(FakeWorker.made[0].posted).toHaveLength(2);
});

it('asks when the Stats tab is pressed, not when it is already the screen shown', async () => {
  const { AppFrame } = await import('@/components/app-frame');
  const { unmount } = render(<AppFrame>screen</AppFrame>);
  fireEvent.pointerDown(screen.getByRole('link', { name: 'Decks' }));
  expect(FakeWorker.made.flatMap((w) => w.posted)).toHaveLength(0);
  fireEvent.pointerDown(screen.getByRole('link', { name: 'Stats' }));
  expect(FakeWorker.made.flatMap((w) => w.posted)).toHaveLength(1);
  unmount();

  clock += 6000;
  pathname = '/stats';
  render(<AppFrame>screen</AppFrame>);
  fireEvent.pointerDown(screen.getByRole('link', { name: 'Stats' }));
  fireEvent.click(screen.getByRole('link', { name: 'Stats' }));
  expect(FakeWorker.made.flatMap((w) => w.posted)).toHaveLength(1);
});

it('sends the count of writes to the input it has seen, so the worker knows when what it read is still current', async () => {
  const c = client();
  c.startStatsWorker();
  const [worker] = FakeWorker.made;
  const asked = async () => {
    const answer = c.requestStats({ deckId: null, now: clock });
    const { seq, writes } = worker.posted.at(-1)!;
    worker.answer(seq, { reviews: 1, cards: 1 });
    await answer;
    return writes;
  };
  // Before the store's module has loaded nothing is counted: the worker is told to read afresh.
  expect(await asked()).toBeNull();
  releaseDbModule();
  await Promise.resolve();
  await Promise.resolve();
  expect(writeSeen).not.toBeNull();
  expect(await asked()).toBe(0);
  expect(await asked()).toBe(0);
  writeSeen!(); // an answer, here or in another tab
  expect(await asked()).toBe(1);
  c.prefetchStats();
  expect(worker.posted.at(-1)!.writes).toBe(1);
});
