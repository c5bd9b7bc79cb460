// The first-run deck sync runs in a worker; these pin down the page's side of the conversation
// (the worker's own code is lib/db/load-bundled, tested in __tests__/db, and runs in the browser tests).
import type { CardsDB } from '@/lib/db';
import { isQuotaError } from '@/lib/pwa/quota';
import type { Db } from '@/components/lazy-db';
import { syncBundledDecks } from '@/components/sync-decks';

type Behaviour = 'ok' | 'quota' | 'fails' | 'cannot-start';

class FakeWorker {
  static behaviour: Behaviour = 'ok';
  static instances: FakeWorker[] = [];
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: Event) => void) | null = null;
  posted: unknown[] = [];
  terminated = false;
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.instances.push(this);
  }
  postMessage(message: unknown) {
    this.posted.push(message);
    queueMicrotask(() => {
      const b = FakeWorker.behaviour;
      if (b === 'cannot-start') this.onerror?.(new Event('error', { cancelable: true }));
      else if (b === 'ok') this.onmessage?.(new MessageEvent('message', { data: { ok: true } }));
      else this.onmessage?.(new MessageEvent('message', { data: { ok: false, quota: b === 'quota', message: `sync ${b}` } }));
    });
  }
  terminate() {
    this.terminated = true;
  }
}

const db = {} as CardsDB;
const store = (load: jest.Mock) => ({ loadBundledDecks: load }) as unknown as Db;

afterEach(() => {
  delete (globalThis as { Worker?: unknown }).Worker;
  FakeWorker.instances = [];
});

describe('syncBundledDecks', () => {
  beforeEach(() => {
    (globalThis as { Worker?: unknown }).Worker = FakeWorker;
  });

  it('asks the worker to sync, with the time, and does no work on the page', async () => {
    FakeWorker.behaviour = 'ok';
    const load = jest.fn();
    await syncBundledDecks(store(load), db, 1234);
    const [worker] = FakeWorker.instances;
    expect(worker!.url.pathname).toMatch(/deck-sync\.worker/);
    expect(worker!.posted).toEqual([{ now: 1234 }]);
    expect(worker!.terminated).toBe(true);
    expect(load).not.toHaveBeenCalled();
  });

  it("passes on the worker's failure, still recognisable as a full disk", async () => {
    FakeWorker.behaviour = 'quota';
    const error = await syncBundledDecks(store(jest.fn()), db, 1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe('sync quota');
    expect(isQuotaError(error)).toBe(true);

    FakeWorker.behaviour = 'fails';
    const other = await syncBundledDecks(store(jest.fn()), db, 1).catch((e: unknown) => e);
    expect((other as Error).message).toBe('sync fails');
    expect(isQuotaError(other)).toBe(false);
  });

  it('syncs on the page when the worker cannot start', async () => {
    FakeWorker.behaviour = 'cannot-start';
    const load = jest.fn().mockResolvedValue(null);
    await syncBundledDecks(store(load), db, 99);
    expect(load).toHaveBeenCalledWith(db, 99);
    expect(FakeWorker.instances[0]!.terminated).toBe(true);
  });
});

it('syncs on the page where there are no workers', async () => {
  const load = jest.fn().mockResolvedValue(null);
  await syncBundledDecks(store(load), db, 7);
  expect(load).toHaveBeenCalledWith(db, 7);
});
