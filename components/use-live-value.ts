'use client';
// A live IndexedDB read, like dexie-react-hooks' useLiveQuery, but loading Dexie lazily so the
// screens that use it add nothing to the first-load JavaScript. Re-runs when `deps` change, and
// whenever a write (in this tab or another) touches what the query read.
import { useEffect, useState, type DependencyList } from 'react';

import { loadLiveQuery } from './lazy-db';

export function useLiveValue<T>(query: (() => Promise<T>) | null, deps: DependencyList, initial: T): T {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    if (!query) return;
    let unsubscribe: (() => void) | undefined;
    let cancelled = false;
    void loadLiveQuery().then((liveQuery) => {
      if (cancelled) return;
      const sub = liveQuery(query).subscribe({
        next: (v) => {
          if (!cancelled) setValue(() => v);
        },
        error: (e: unknown) => console.error('live query failed', e),
      });
      unsubscribe = () => sub.unsubscribe();
    });
    return () => {
      // Let go at once (nothing it says is used from now on) and unsubscribe in the next task: Dexie's
      // unsubscribe took ~1-3 ms, and a tap's render runs its effects' cleanups before the DOM it
      // changed is handed back, so a tap that changes a query's deps (every study answer) paid for it.
      cancelled = true;
      const stop = unsubscribe;
      if (stop) window.setTimeout(stop, 0);
    };
    // The caller's deps describe the query; the query function itself changes every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return value;
}
