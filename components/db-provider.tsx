'use client';
// Opens the database once, loads the bundled decks on first run and after an update (in a worker),
// and exposes the database and the learner's preferences to every screen. The store loads lazily.
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';

import type { CardsDB } from '@/lib/db';
import { DEFAULT_PREFS, type Prefs } from '@/lib/db/prefs';
import { isQuotaError, quotaMessage } from '@/lib/pwa/quota';

import { loadDbModule, type Db } from './lazy-db';
import { syncBundledDecks } from './sync-decks';
import { useLiveValue } from './use-live-value';

interface DbState {
  db: CardsDB | null;
  /** The store's functions (lib/db), loaded lazily: the one way screens reach IndexedDB. Set with `db`. */
  store: Db | null;
  ready: boolean;
  error: string | null;
}

const DbContext = createContext<DbState>({ db: null, store: null, ready: false, error: null });

/** The decks this build ships, so a returning visit can skip fetching them (set in next.config). */
const BUNDLED_VERSION = process.env.NEXT_PUBLIC_DECKS_VERSION;

export function DbProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<DbState>({ db: null, store: null, ready: false, error: null });
  useEffect(() => {
    let cancelled = false;
    void loadDbModule().then(async (m) => {
      const db = m.getDb();
      try {
        if (!BUNDLED_VERSION || (await m.bundledVersion(db)) !== BUNDLED_VERSION) await syncBundledDecks(m, db, Date.now());
        if (!cancelled) setState({ db, store: m, ready: true, error: null });
      } catch (e: unknown) {
        if (cancelled) return;
        // Offline before the cache was filled, or storage full: study what is already here.
        const haveDecks = await m.hasDecks(db).catch(() => false);
        const message = isQuotaError(e) ? quotaMessage : e instanceof Error ? e.message : String(e);
        setState({ db, store: m, ready: haveDecks, error: message });
      }
    });
    return () => {
      cancelled = true;
    };
  }, []);
  return <DbContext.Provider value={state}>{children}</DbContext.Provider>;
}

export function useDb(): DbState {
  return useContext(DbContext);
}

/**
 * The learner's preferences, live across tabs; defaults until the database answers. The object keeps
 * its identity while its content is the same, so screens that query by prefs do not query twice when
 * the stored prefs turn out to be the defaults they started with.
 */
export function usePrefs(): Prefs {
  const { db, store } = useDb();
  const live = useLiveValue(db && store ? () => store.readPrefs(db) : null, [db, store], DEFAULT_PREFS);
  const [stable, setStable] = useState(live);
  const changed = live !== stable && JSON.stringify(live) !== JSON.stringify(stable);
  if (changed) setStable(live);
  return changed ? live : stable;
}
