'use client';
// The store (Dexie, ts-fsrs and the deck sync) loads after first paint, in its own chunk, so the
// app shell's first-load JavaScript stays small. Every screen asks for it through here.
import type * as DbModule from '@/lib/db';

export type Db = typeof DbModule;

let loading: Promise<Db> | undefined;
let loaded: Db | undefined;

export function loadDbModule(): Promise<Db> {
  loading ??= import('@/lib/db').then((m) => (loaded = m));
  return loading;
}

/**
 * The store module, synchronously, for live queries (which must await only Dexie's own promises).
 * Safe wherever `useDb().db` is set: the provider sets it only after the module has loaded.
 */
export function dbModule(): Db {
  if (!loaded) throw new Error('The store is not loaded yet.');
  return loaded;
}

/** Dexie's liveQuery, loaded with the store. */
export function loadLiveQuery(): Promise<Db['liveQuery']> {
  return loadDbModule().then((m) => m.liveQuery);
}
