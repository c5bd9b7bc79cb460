'use client';
// The Decks screen: each deck's summary, card count, upstream sources and progress.
import Link from 'next/link';

import type { DeckOverviewRow } from '@/lib/db/browse-queries';

import { useDb } from '../db-provider';
import { dbModule } from '../lazy-db';
import { useLiveValue } from '../use-live-value';
import { DeckProgressBar } from './deck-progress-bar';

export function DeckList() {
  const { db, ready, error } = useDb();
  const decks = useLiveValue<DeckOverviewRow[] | undefined>(db && ready ? () => dbModule().decksWithProgress(db) : null, [db, ready], undefined);
  if (!ready && error) {
    return (
      <p className="banner banner-error" role="alert">
        {error}
      </p>
    );
  }
  if (!decks) return <p className="muted">Loading decks…</p>;
  return (
    <ul className="deck-list">
      {decks.map(({ deck, progress }) => (
        <li key={deck.id} className="card stack">
          <div>
            <h2>{deck.title}</h2>
            <p className="muted flush">
              {deck.cardCount} cards · {deck.summary}
            </p>
          </div>
          <DeckProgressBar progress={progress} />
          {deck.sources.length > 0 && (
            <details>
              <summary>Upstream sources ({deck.sources.length})</summary>
              <ul className="sources">
                {deck.sources.map((s) => (
                  <li key={s.label}>
                    <a href={s.url} target="_blank" rel="noopener noreferrer">
                      {s.label}
                    </a>
                  </li>
                ))}
              </ul>
            </details>
          )}
          <div className="row">
            <Link className="btn btn-primary btn-small" href={`/study?deck=${encodeURIComponent(deck.id)}`} prefetch={false}>
              Study<span className="sr-only"> {deck.title}</span>
            </Link>
            <Link className="btn btn-small" href={`/browse?deck=${encodeURIComponent(deck.id)}`} prefetch={false}>
              Browse<span className="sr-only"> {deck.title}</span>
            </Link>
          </div>
        </li>
      ))}
    </ul>
  );
}
