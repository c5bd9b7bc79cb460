'use client';
// The statistics screen: for every deck or one, what was studied, how well it is remembered, what is
// coming, and whether FSRS's predictions hold. Computed in a worker from the review log and the card
// states each time the screen opens (or the deck changes).
import { lazy, Suspense, useEffect, useId, useState } from 'react';

import type { DeckChoice } from '@/lib/db/browse-queries';

import { useDb } from '../db-provider';
import { useLiveValue } from '../use-live-value';
import { counted } from './format';
import { earlyStatsRequest } from './stats-client';
import { useStats } from './use-stats';

// The charts come in their own chunk (stats-figures.tsx), asked for as the screen mounts.
const loadFigures = () => import('./stats-figures');
const StatsFigures = lazy(() => loadFigures().then((m) => ({ default: m.StatsFigures })));

export function StatsScreen() {
  const { db, store, ready, error } = useDb();
  const [deckId, setDeckId] = useState<string | null>(null);
  // The moment of the tap on Stats when the figures were asked for then (stats-client.ts).
  const [now] = useState(() => earlyStatsRequest()?.now ?? Date.now());
  const decks = useLiveValue<DeckChoice[]>(db && store && ready ? () => store.deckChoices(db) : null, [db, store, ready], []);
  const state = useStats(db && ready ? { deckId, now } : null);
  const selectId = useId();
  useEffect(() => {
    void loadFigures();
  }, []);

  return (
    <div className="stack">
      {!ready && error && (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      )}
      <div className="field">
        <label htmlFor={selectId}>Deck</label>
        <select id={selectId} value={deckId ?? ''} onChange={(e) => setDeckId(e.target.value || null)}>
          <option value="">All decks</option>
          {decks.map((d) => (
            <option key={d.id} value={d.id}>
              {d.title}
            </option>
          ))}
        </select>
      </div>
      <p role="status" className="muted flush">
        {state.status === 'loading' && 'Counting…'}
        {state.status === 'error' && `The statistics could not be computed: ${state.message}`}
        {state.status === 'ready' &&
          `From ${counted(state.result.reviews, 'review')} and ${counted(state.result.cards, 'card')}, in ${(state.result.ms / 1000).toFixed(2)} s.`}
      </p>
      {state.status === 'ready' && (
        <Suspense fallback={null}>
          <StatsFigures stats={state.result.stats} />
        </Suspense>
      )}
    </div>
  );
}
