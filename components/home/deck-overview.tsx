'use client';
// Home: how many cards Study all has today in one number and the button that starts it, then every
// deck with today's new, learning and review counts and a Study link; when nothing is due, when the
// next card is. The deck list itself is prerendered from the bundle at build time,
// so it paints before the store has loaded; the counts fill in when it has.
import Link from 'next/link';

import { formatDuration } from '@/lib/srs/format-interval';
import type { QueueCounts } from '@/lib/srs/queue';

import { useDb } from '../db-provider';
import { CountingInPlace, ReservedSpace } from '../counting-in-place';
import { DueCounts, dueCounted } from '../due-counts';
import { useDeckQueues, useMinuteClock, type DeckWithQueue, type TodayQueues } from '../use-deck-queues';
import { customStudyHref } from '../study/study-plan';
import { ChooseDecks } from './choose-decks';

export interface DeckListing {
  id: string;
  title: string;
}

const NO_COUNTS: QueueCounts = { newCount: 0, learningCount: 0, reviewCount: 0 };

const total = (c: QueueCounts) => c.newCount + c.learningCount + c.reviewCount;
const dueOf = (d: DeckWithQueue): number => total(d.queue.counts);

/** Study all's count: each deck's limits and the overall ones, so the first day is not 20 new cards times every deck. */
function headline(today: TodayQueues | undefined, now: number): string {
  if (!today) return 'Counting today’s cards…';
  const due = total(today.all);
  if (due > 0) return `${dueCounted(due, 'card')} to study today.`;
  const { decks } = today;
  const nextAt = Math.min(...decks.map((d) => d.queue.nextAt ?? Infinity));
  return Number.isFinite(nextAt) ? `All done for now. The next card is due in ${formatDuration(nextAt - now)}.` : 'All done for now.';
}

export function DeckOverview({ listing }: { listing: DeckListing[] }) {
  const { error, ready } = useDb();
  const failed = !ready && Boolean(error);
  const now = useMinuteClock();
  const today = useDeckQueues(now);
  const decks = today?.decks;
  const allDue = today ? total(today.all) : null;
  const byId = new Map(decks?.map((d) => [d.deck.id, d]));
  // Decks from the store win (they may be newer than this build's list); the build's list shows first.
  const rows = decks ? decks.map((d) => ({ id: d.deck.id, title: d.deck.title })) : listing;

  return (
    <div className="stack">
      {error && (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      )}
      <div className="card stack">
        <p aria-live="polite" className="flush">
          {failed ? 'Your decks could not be loaded.' : headline(today, now)}
        </p>
        {today ? (
          allDue! > 0 && <DueCounts counts={today.all} />
        ) : (
          <ReservedSpace>
            <DueCounts counts={NO_COUNTS} />
          </ReservedSpace>
        )}
        <div className="row">
          {/* Primary until the counts say there is nothing to study, like each deck's Study link. */}
          <Link className={`btn ${allDue === 0 || failed ? '' : 'btn-primary'}`} href="/study?all=1" prefetch={false}>
            Study all
          </Link>
          <Link className="btn" href={customStudyHref(null)} prefetch={false}>
            Custom study
          </Link>
        </div>
        <ChooseDecks decks={rows} />
      </div>
      <ul className="deck-list">
        {rows.map(({ id, title }) => {
          const d = byId.get(id);
          // Until the counts arrive (on a first visit the decks take most of a second to load) Study
          // is the primary action: the link works at once, and the study screen waits for the store.
          const emphasised = d ? dueOf(d) > 0 : !failed;
          return (
            <li key={id} className="card spread">
              <div>
                <h2>{title}</h2>
                {d ? (
                  <DueCounts counts={d.queue.counts} />
                ) : (
                  <CountingInPlace className="counts flush" shape={<DueCounts counts={NO_COUNTS} />} />
                )}
                {d && !emphasised && d.queue.nextAt !== null && (
                  <p className="muted next-due">Next card in {formatDuration(d.queue.nextAt - now)}</p>
                )}
              </div>
              {/* No prefetch: nine links would load the study screen's code during first paint; the
                  service worker has every route cached after the first visit anyway. */}
              <Link className={`btn ${emphasised ? 'btn-primary' : ''}`} href={`/study?deck=${encodeURIComponent(id)}`} prefetch={false}>
                Study<span className="sr-only"> {title}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
