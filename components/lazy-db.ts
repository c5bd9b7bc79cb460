'use client';
// The store (Dexie, ts-fsrs and the deck sync) loads after first paint, in its own chunk, so the
// app shell's first-load JavaScript stays small. The provider (db-provider.tsx) loads it through here and
// hands it to every screen as `useDb().store`, with the database, once both are ready.
import type * as DbModule from '@/lib/db';

export type Db = typeof DbModule;

let loading: Promise<Db> | undefined;

export function loadDbModule(): Promise<Db> {
  loading ??= import('@/lib/db');
  return loading;
}

/** Dexie's liveQuery, loaded with the store. */
export function loadLiveQuery(): Promise<Db['liveQuery']> {
  return loadDbModule().then((m) => m.liveQuery);
}
