// A press on the Stats tab starts the statistics worker and asks for every deck's figures before the
// screen has loaded; the screen opens with that request and takes its answer instead of asking again.
import { fireEvent, render, screen } from '@testing-library/react';

import type { StatsFigures } from '@/lib/db/stats-reply';

let pathname = '/';
jest.mock('next/navigation', () => ({ usePathname: () => pathname }));

/** A stand-in for the statistics worker: records what it is asked and answers when told. */
class FakeWorker {
  static made: FakeWorker[] = [];
  posted: { seq: number; request: { deckId: string | null; now: number } }[] = [];
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
