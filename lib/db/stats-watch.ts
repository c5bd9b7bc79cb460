// Which writes may change the statistics' input, watched in the page, which counts them and sends the
// count with each request for figures, so the statistics' worker knows when the input it kept is still
// the store's (stats-inputs.ts). Two sources:
// - the page's own writes, as their transactions open (statsWriteStart, a DBCore middleware every
//   CardsDB uses). Not only at their commit: the study screen shows the next card before its answer is
//   written, and a tap on Stats then must not get figures without it. IndexedDB runs the worker's read,
//   opened after, behind that write, so the read sees it.
// - every write as it commits, here or in another tab or worker (deck sync, imports): Dexie's
//   `storagemutated`, fired in this context and passed to the others over its BroadcastChannel.
import { Dexie, type DBCore, type Middleware } from 'dexie';

/** The tables the statistics read their input from (settings are read on every request). */
const INPUT_TABLES = new Set(['decks', 'cardStates', 'reviewLogs', 'importedLogs']);

/** Whether a write (Dexie's mutated parts, keyed `idb://<db>/<table>/<index>`) may change the input; anything unrecognised counts. */
export function touchesStatsInput(parts: Readonly<Record<string, unknown>>): boolean {
  return Object.keys(parts).some((key) => {
    const table = /^idb:\/\/.*\/([^/]+)\/[^/]*$/.exec(key)?.[1];
    return table === undefined || INPUT_TABLES.has(table);
  });
}

const starting = new Set<() => void>();

/** Tells the watchers of this context when a read-write transaction over an input table opens. */
export const statsWriteStart: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'statsWriteStart',
  create: (down) => ({
    ...down,
    transaction(stores, mode, options) {
      if (mode === 'readwrite' && stores.some((s) => INPUT_TABLES.has(s))) for (const onStart of starting) onStart();
      return down.transaction(stores, mode, options);
    },
  }),
};

/**
 * Calls `onWrite` when a write that may change the input opens in this context, and again when any
 * such write commits, here or in another tab or worker. Returns the unsubscribe.
 */
export function watchStatsInput(onWrite: () => void): () => void {
  const listener = (parts: Record<string, unknown>) => {
    if (touchesStatsInput(parts)) onWrite();
  };
  Dexie.on('storagemutated', listener);
  starting.add(onWrite);
  return () => {
    Dexie.on('storagemutated').unsubscribe(listener);
    starting.delete(onWrite);
  };
}
