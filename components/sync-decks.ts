'use client';
// Loads this build's decks into the store in a worker (lib/db/deck-sync.worker.ts), keeping the page
// responsive on first run; where a worker cannot run, the same sync runs here on the page.
import type { CardsDB } from '@/lib/db';
import { replyError, type SyncReply, type SyncRequest } from '@/lib/db/sync-reply';

import type { Db } from './lazy-db';

function startWorker(): Worker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  try {
    return new Worker(new URL('../lib/db/deck-sync.worker.ts', import.meta.url), { name: 'deck-sync' });
  } catch {
    return undefined;
  }
}

export function syncBundledDecks(m: Db, db: CardsDB, now: number): Promise<void> {
  const onPage = () => m.loadBundledDecks(db, now).then(() => undefined);
  const worker = startWorker();
  if (!worker) return onPage();
  return new Promise<void>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<SyncReply>) => {
      worker.terminate();
      if (event.data.ok) resolve();
      else reject(replyError(event.data));
    };
    // The worker's script did not load or run (blocked, or an old browser): sync on the page instead.
    // The sync is one transaction, so a worker that died half-way wrote nothing.
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      onPage().then(resolve, reject);
    };
    worker.postMessage({ now } satisfies SyncRequest);
  });
}
