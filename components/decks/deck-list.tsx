'use client';
// The Decks screen: each deck's summary, card count, upstream sources and progress. The decks come
// prerendered from the build's bundle; the store's decks (maybe newer) and progress replace them.
// Below them, "My decks": the learner's imported decks and the import itself.
import Link from 'next/link';

import type { DeckOverviewRow } from '@/lib/db/browse-queries';
import type { DeckRow } from '@/lib/db/rows';

import { useDb } from '../db-provider';
import { useLiveValue } from '../use-live-value';
import { customStudyHref } from '../study/study-plan';
import styles from './decks.module.css';
import { DeckProgressBar } from './deck-progress-bar';
import { ImportDeck } from './import-deck';
import { InlineCode } from './inline-code';
import { BundledApkgDownload, DeckTextDownload, OwnDeckActions } from './own-deck-actions';
import { counted } from '@/lib/text/counted';

export type DeckListing = Pick<DeckRow, 'id' | 'title' | 'summary' | 'sources' | 'cardCount'>;

type Item = { deck: DeckListing & Partial<Pick<DeckRow, 'origin' | 'order' | 'hash'>>; progress: DeckOverviewRow['progress'] | null };

function DeckItem({ deck, progress }: Item) {
  const own = deck.origin === 'imported';
  const Heading = own ? 'h3' : 'h2';
  return (
    <li className="card stack" aria-labelledby={`deck-${deck.id}`}>
      <div>
        <Heading id={`deck-${deck.id}`}>{deck.title}</Heading>
        <p className="muted flush">
          <strong className={styles.count}>{counted(deck.cardCount, 'card')}</strong>
          {deck.summary && (
            <>
              {' · '}
              <InlineCode text={deck.summary} />
            </>
          )}
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
        <Link className="btn" href={customStudyHref(deck.id)} prefetch={false}>
          Custom study<span className="sr-only"> {deck.title}</span>
        </Link>
        <DeckTextDownload deck={deck} />
      </div>
      {own && <OwnDeckActions deck={deck} />}
    </li>
  );
}

export function DeckList({ listing }: { listing: DeckListing[] }) {
  const { db, store, ready, error } = useDb();
  const overview = useLiveValue<DeckOverviewRow[] | undefined>(db && store && ready ? () => store.decksWithProgress(db) : null, [db, store, ready], undefined);
  const decks: Item[] = overview ?? listing.map((deck) => ({ deck, progress: null }));
  const own = decks.filter((d) => d.deck.origin === 'imported');
  return (
    <div className="stack">
      {!ready && error && (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      )}
      <BundledApkgDownload />
      <ul className="deck-list">
        {decks
          .filter((d) => d.deck.origin !== 'imported')
          .map((item) => (
            <DeckItem key={item.deck.id} {...item} />
          ))}
      </ul>
      <section className="stack" aria-labelledby="my-decks">
        <h2 id="my-decks">My decks</h2>
        <ImportDeck />
        {own.length > 0 && (
          <ul className="deck-list">
            {own.map((item) => (
              <DeckItem key={item.deck.id} {...item} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
