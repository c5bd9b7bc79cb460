'use client';
// The end of a session: how much, how long, how often Again; and when the next card is due.
import Link from 'next/link';

import type { DeckQueue } from '@/lib/db';
import { formatDuration } from '@/lib/srs';

import type { SessionStats } from './use-study-session';

export function StudySummary({ stats, finished, now }: { stats: SessionStats; finished: DeckQueue; now: number }) {
  const minutes = Math.max(1, Math.round((now - stats.startedAt) / 60_000));
  const againShare = stats.answered > 0 ? Math.round((stats.again / stats.answered) * 100) : 0;
  return (
    <section className="card stack" aria-labelledby="summary-title">
      <h2 id="summary-title">{stats.answered > 0 ? 'Session complete' : 'Nothing to study right now'}</h2>
      {stats.answered > 0 && (
        <dl className="counts flush">
          <div>
            <dt className="muted">Cards</dt>
            <dd className="flush">{stats.answered}</dd>
          </div>
          <div>
            <dt className="muted">Time</dt>
            <dd className="flush">
              {minutes} min
            </dd>
          </div>
          <div>
            <dt className="muted">Again</dt>
            <dd className="flush">{againShare}%</dd>
          </div>
        </dl>
      )}
      <p className="flush">
        {finished.nextAt !== null
          ? `The next card in this deck is due in ${formatDuration(finished.nextAt - now)}.`
          : 'You have seen every card in this deck for now.'}
      </p>
      <Link className="btn btn-primary" href="/">
        Back to today
      </Link>
    </section>
  );
}
