'use client';
// Today's queue for every deck, live: an answer in another tab updates these counts here.
import { useEffect, useState } from 'react';

import type { DeckCounts, DeckRow } from '@/lib/db';
import type { QueueCounts } from '@/lib/srs/queue';

import { useDb, usePrefs } from './db-provider';
import { useLiveValue } from './use-live-value';

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
  queue: DeckCounts;
}

export interface TodayQueues {
  decks: DeckWithQueue[];
  /** Study all: every deck at once, under the overall limits as well as each deck's own. */
  all: QueueCounts;
}

export function useDeckQueues(now: number): TodayQueues | undefined {
  const { db, store, ready } = useDb();
  const prefs = usePrefs();
  useEffect(() => {
    if (!db || !store || !ready) return;
    void (async () => {
      const decks = await store.listDecks(db);
      await Promise.all(decks.map((d) => store.releaseBuried(db, d.id, Date.now())));
    })();
  }, [db, store, ready, now]);
  return useLiveValue<TodayQueues | undefined>(
    db && store && ready
      ? async () => {
          const [decks, counts] = await Promise.all([store.listDecks(db), store.loadTodayCounts(db, now, prefs)]);
          const byId = new Map(counts.decks.map((q) => [q.deckId, q]));
          return {
            decks: decks.flatMap((deck) => {
              const queue = byId.get(deck.id);
              return queue ? [{ deck, queue }] : [];
            }),
            all: counts.all,
          };
        }
      : null,
    [db, store, ready, prefs, now],
    undefined,
  );
}
