'use client';
// The Decks screen: each deck's summary, card count, upstream sources and progress. The decks come
// prerendered from the build's bundle; the store's decks (maybe newer) and progress replace them.
import Link from 'next/link';

import type { DeckOverviewRow } from '@/lib/db/browse-queries';
import type { DeckRow } from '@/lib/db/rows';

import { useDb } from '../db-provider';
import { useLiveValue } from '../use-live-value';
import styles from './decks.module.css';
import { DeckProgressBar } from './deck-progress-bar';
import { InlineCode } from './inline-code';

export type DeckListing = Pick<DeckRow, 'id' | 'title' | 'summary' | 'sources' | 'cardCount'>;

export function DeckList({ listing }: { listing: DeckListing[] }) {
  const { db, store, ready, error } = useDb();
  const overview = useLiveValue<DeckOverviewRow[] | undefined>(db && store && ready ? () => store.decksWithProgress(db) : null, [db, store, ready], undefined);
  const decks = overview ?? listing.map((deck) => ({ deck, progress: null }));
  return (
    <div className="stack">
      {!ready && error && (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      )}
      <ul className="deck-list">
        {decks.map(({ deck, progress }) => (
          <li key={deck.id} className="card stack" aria-labelledby={`deck-${deck.id}`}>
            <div>
              <h2 id={`deck-${deck.id}`}>{deck.title}</h2>
              <p className="muted flush">
                <strong className={styles.count}>{deck.cardCount} cards</strong> · <InlineCode text={deck.summary} />
              </p>
            </div>
            <DeckProgressBar progress={progress} />
            {deck.sources.length > 0 && (
              <details className={styles.sources}>
                <summary>Upstream sources ({deck.sources.length})</summary>
                <ul>
                  {deck.sources.map((s) => (
                    <li key={s.url}>
                      <a href={s.url} target="_blank" rel="noopener noreferrer">
                        {s.label}
                      </a>
                    </li>
                  ))}
                </ul>
              </details>
            )}
            <div className="row">
              <Link className="btn btn-primary" href={`/study?deck=${encodeURIComponent(deck.id)}`} prefetch={false}>
                Study<span className="sr-only"> {deck.title}</span>
              </Link>
              <Link className="btn" href={`/browse?deck=${encodeURIComponent(deck.id)}`} prefetch={false}>
                Browse<span className="sr-only"> {deck.title}</span>
              </Link>
              <Link className="btn" href={`/study?custom=choose&deck=${encodeURIComponent(deck.id)}`} prefetch={false}>
                Custom study<span className="sr-only"> {deck.title}</span>
              </Link>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
