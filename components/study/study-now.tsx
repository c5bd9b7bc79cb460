'use client';
// "Study now" (the install shortcut) opens /study with no deck: study the first deck with work today.
// The deck is picked once, when the store is ready; the session then follows that deck.
import Link from 'next/link';
import { useEffect, useState, type ReactNode } from 'react';

import { useDb } from '../db-provider';
import { StudySession } from './study-session';

export function StudyNow({ loading }: { loading: ReactNode }) {
  const { db, store, ready, error } = useDb();
  // undefined: not picked yet; null: there is no deck to study.
  const [deckId, setDeckId] = useState<string | null>();
  useEffect(() => {
    if (!db || !store || !ready) return;
    let current = true;
    void (async () => {
      const picked = await store.firstDeckWithWork(db, Date.now(), await store.readPrefs(db));
      if (current) setDeckId(picked ?? null);
    })();
    return () => {
      current = false;
    };
  }, [db, store, ready]);

  if (deckId) return <StudySession key={deckId} plan={{ kind: 'deck', deckId }} />;
  if (deckId === null || (error && !ready)) {
    return (
      <p>
        There are no decks to study yet. <Link href="/">Back to Today</Link>
      </p>
    );
  }
  return loading;
}
