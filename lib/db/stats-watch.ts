// Which writes may change the statistics' input, watched in the page: Dexie's `storagemutated` events
// fire there for the page's own writes as they commit, and reach it from other tabs and workers (deck
// sync, imports) over Dexie's BroadcastChannel. The page counts them and sends the count with each
// request for figures, so the statistics' worker knows when the input it kept is still the store's
// (stats-inputs.ts).
import { Dexie } from 'dexie';

/** The tables the statistics read their input from (settings are read on every request). */
const INPUT_TABLES = new Set(['decks', 'cardStates', 'reviewLogs', 'importedLogs']);

/** Whether a write (Dexie's mutated parts, keyed `idb://<db>/<table>/<index>`) may change the input; anything unrecognised counts. */
export function touchesStatsInput(parts: Readonly<Record<string, unknown>>): boolean {
  return Object.keys(parts).some((key) => {
    const table = /^idb:\/\/.*\/([^/]+)\/[^/]*$/.exec(key)?.[1];
    return table === undefined || INPUT_TABLES.has(table);
  });
}

/** Calls `onWrite` after each write, here or in another tab or worker, that may change the input. Returns the unsubscribe. */
export function watchStatsInput(onWrite: () => void): () => void {
  const listener = (parts: Record<string, unknown>) => {
    if (touchesStatsInput(parts)) onWrite();
  };
  Dexie.on('storagemutated', listener);
  return () => Dexie.on('storagemutated').unsubscribe(listener);
}
