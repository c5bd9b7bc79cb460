'use client';
// Home: every deck with today's new, learning and review counts and a Study link; when nothing is
// due, when the next card is.
import Link from 'next/link';

import { formatDuration } from '@/lib/srs';

import { useDb } from '../db-provider';
import { DueCounts } from '../due-counts';
import { useDeckQueues, useMinuteClock } from '../use-deck-queues';

export function DeckOverview() {
  const { error, ready } = useDb();
  const now = useMinuteClock();
  const decks = useDeckQueues(now);
  if (!ready && error) {
    return (
      <p className="banner banner-error" role="alert">
        {error}
      </p>
    );
  }
  if (!decks) return <p className="muted">Loading your decks…</p>;

  const due = decks.reduce((n, d) => n + d.queue.counts.newCount + d.queue.counts.learningCount + d.queue.counts.reviewCount, 0);
  const nextAt = Math.min(...decks.map((d) => d.queue.nextAt ?? Infinity));
  return (
    <div className="stack">
      {error && (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      )}
      <p aria-live="polite">
        {due > 0
          ? `${due} card${due === 1 ? '' : 's'} to study today.`
          : Number.isFinite(nextAt)
            ? `All done for now. The next card is due in ${formatDuration(nextAt - now)}.`
            : 'All done for now.'}
      </p>
      <ul className="deck-list">
        {decks.map(({ deck, queue }) => {
          const total = queue.counts.newCount + queue.counts.learningCount + queue.counts.reviewCount;
          return (
            <li key={deck.id} className="card spread">
              <div>
                <h2>{deck.title}</h2>
                <DueCounts counts={queue.counts} />
                {total === 0 && queue.nextAt !== null && (
                  <p className="muted next-due">
                    Next card in {formatDuration(queue.nextAt - now)}
                  </p>
                )}
              </div>
              <Link className={`btn ${total > 0 ? 'btn-primary' : ''}`} href={`/study?deck=${encodeURIComponent(deck.id)}`}>
                Study<span className="sr-only"> {deck.title}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
