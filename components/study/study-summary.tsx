'use client';
// The end of a session: how much, how long, how often Again; and when the next card is due.
import Link from 'next/link';

import { formatDuration } from '@/lib/srs';

import type { SessionEnd, SessionTally } from './study-state';

interface Props {
  tally: SessionTally;
  startedAt: number;
  finished: SessionEnd;
  /** What the session covered, for its closing line: “this deck”, “your decks”. */
  scope: string;
  /** Where Custom study for this session's decks is (Anki offers it when a deck is done); none after a custom session. */
  customHref: string | null;
  now: number;
}

export function StudySummary({ tally, startedAt, finished, now, scope, customHref }: Props) {
  const minutes = Math.max(1, Math.round((now - startedAt) / 60_000));
  const againShare = tally.answers > 0 ? Math.round((tally.again / tally.answers) * 100) : 0;
  return (
    <section className="card stack" aria-labelledby="summary-title">
      <h2 id="summary-title">{tally.answers > 0 ? 'Session complete' : 'Nothing to study right now'}</h2>
      {tally.answers > 0 && (
        <dl className="counts flush">
          <div>
            <dt className="muted">Cards</dt>
            <dd className="flush">{tally.cards}</dd>
          </div>
          <div>
            <dt className="muted">Answers</dt>
            <dd className="flush">{tally.answers}</dd>
          </div>
          <div>
            <dt className="muted">Time</dt>
            <dd className="flush">{minutes} min</dd>
          </div>
          <div>
            <dt className="muted">Again</dt>
            <dd className="flush">{againShare}%</dd>
          </div>
        </dl>
      )}
      <p className="flush">
        {finished.nextAt !== null
          ? `The next card in ${scope} is due in ${formatDuration(finished.nextAt - now)}.`
          : `You have seen every card in ${scope} for now.`}
      </p>
      <div className="row">
        <Link className="btn btn-primary" href="/">
          Back to today
        </Link>
        {customHref && (
          <Link className="btn" href={customHref}>
            Custom study
          </Link>
        )}
      </div>
    </section>
  );
}
