'use client';
// Opens the database once, loads the bundled decks on first run (and after an update), and exposes
// the database and the learner's preferences to every screen.
import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';

import { DEFAULT_PREFS, getDb, loadBundledDecks, readPrefs, type CardsDB, type Prefs } from '@/lib/db';
import { isQuotaError, quotaMessage } from '@/lib/pwa/quota';

interface DbState {
  db: CardsDB | null;
  ready: boolean;
  error: string | null;
}

const DbContext = createContext<DbState>({ db: null, ready: false, error: null });

export function DbProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<DbState>({ db: null, ready: false, error: null });
  useEffect(() => {
    const db = getDb();
    let cancelled = false;
    loadBundledDecks(db, Date.now())
      .then(() => !cancelled && setState({ db, ready: true, error: null }))
      .catch(async (e: unknown) => {
        if (cancelled) return;
        // Offline on a browser without the cache yet, or storage full: study what is already here.
        const haveDecks = (await db.decks.count().catch(() => 0)) > 0;
        const message = isQuotaError(e) ? quotaMessage : e instanceof Error ? e.message : String(e);
        setState({ db, ready: haveDecks, error: message });
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

/** The learner's preferences, live across tabs; defaults until the database answers. */
export function usePrefs(): Prefs {
  const { db } = useDb();
  return useLiveQuery(() => (db ? readPrefs(db) : DEFAULT_PREFS), [db], DEFAULT_PREFS);
}
