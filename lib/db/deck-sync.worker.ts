// A dedicated worker that loads the bundled decks into IndexedDB (first run, and after an update
// brings new decks), so parsing the bundle and writing hundreds of rows never blocks the page.
// Messages: in { now }, out SyncReply (see sync-reply.ts).
import { isQuotaError } from '@/lib/pwa/quota';

import { loadBundledDecks } from './load-bundled';
import { getDb } from './schema';
import type { SyncReply, SyncRequest } from './sync-reply';

const scope = self as unknown as { onmessage: ((e: MessageEvent<SyncRequest>) => void) | null; postMessage: (reply: SyncReply) => void };

scope.onmessage = (event) => {
  loadBundledDecks(getDb(), event.data.now).then(
    () => scope.postMessage({ ok: true }),
    (error: unknown) =>
      scope.postMessage({ ok: false, quota: isQuotaError(error), message: error instanceof Error ? error.message : String(error) }),
  );
};
