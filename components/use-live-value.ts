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
        next: (v) => setValue(() => v),
        error: (e: unknown) => console.error('live query failed', e),
      });
      unsubscribe = () => sub.unsubscribe();
    });
    return () => {
      cancelled = true;
      unsubscribe?.();
    };
    // The caller's deps describe the query; the query function itself changes every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return value;
}
