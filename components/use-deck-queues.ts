'use client';
// Today's queue for every deck, live: an answer in another tab updates these counts here.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';

import { loadDeckQueue, releaseBuried, type DeckQueue, type DeckRow } from '@/lib/db';

import { useDb, usePrefs } from './db-provider';

/** A clock that ticks each minute, so learning cards become due without a reload. */
export function useMinuteClock(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), 60_000);
    return () => window.clearInterval(id);
  }, []);
  return now;
}

export interface DeckWithQueue {
  deck: DeckRow;
  queue: DeckQueue;
}

export function useDeckQueues(now: number): DeckWithQueue[] | undefined {
  const { db, ready } = useDb();
  const prefs = usePrefs();
  useEffect(() => {
    if (!db || !ready) return;
    void db.decks.toArray().then((decks) => Promise.all(decks.map((d) => releaseBuried(db, d.id, Date.now()))));
  }, [db, ready, now]);
  return useLiveQuery(async () => {
    if (!db || !ready) return undefined;
    const decks = await db.decks.orderBy('order').toArray();
    const queues = await Promise.all(decks.map((d) => loadDeckQueue(db, d.id, now, prefs)));
    return decks.map((deck, i) => ({ deck, queue: queues[i] }));
  }, [db, ready, prefs, now]);
}
