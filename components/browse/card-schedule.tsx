// A card's FSRS schedule and its review history, newest first.
import type { CardDetail } from '@/lib/db/browse-queries';
import { Q } from '@/lib/db/rows';
import { formatInterval } from '@/lib/srs/format-interval';
import { RATING_NAMES } from '@/lib/srs/types';

import styles from './browse.module.css';
import { shortDateTime } from './card-text';

const PHASES = { new: 'New', learning: 'Learning', review: 'Review', relearning: 'Relearning' } as const;

function stateLabel({ state, card }: CardDetail): string {
  const notes = [
    card.retired === 1 && 'retired',
    state.suspended === 1 && 'suspended',
    state.queue === Q.buried && 'buried until tomorrow',
  ].filter(Boolean);
  return [PHASES[state.sched.phase], ...notes].join(', ');
}

export function CardSchedule({ detail, now }: { detail: CardDetail; now: number }) {
  const s = detail.state.sched;
  const fresh = s.phase === 'new';
  const due = fresh
    ? 'When it is introduced'
    : `${shortDateTime(s.due, now)} (${s.due > now ? `in ${formatInterval(s.due - now)}` : 'now'})`;
  const interval = fresh || s.lastReview === null ? '—' : formatInterval(s.due - s.lastReview);
  return (
    <>
      <h3 className={styles.section}>Schedule</h3>
      <dl className={styles.facts}>
        <dt>State</dt>
        <dd>{stateLabel(detail)}</dd>
        <dt>Due</dt>
        <dd>{due}</dd>
        <dt>Interval</dt>
        <dd>{interval}</dd>
        <dt>Stability</dt>
        <dd>{fresh ? '—' : `${s.stability.toFixed(1)} days`}</dd>
        <dt>Difficulty</dt>
        <dd>{fresh ? '—' : `${s.difficulty.toFixed(1)} of 10`}</dd>
        <dt>Reviews</dt>
        <dd>{s.reps}</dd>
        <dt>Lapses</dt>
        <dd>{s.lapses}</dd>
      </dl>

      <h3 className={styles.section}>Review history</h3>
      {detail.logs.length === 0 ? (
        <p className="muted flush">Not reviewed yet.</p>
      ) : (
        <div className={styles.tableWrap}>
          <table className={styles.history}>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Rating</th>
                <th scope="col">Interval</th>
                <th scope="col">Time</th>
              </tr>
            </thead>
            <tbody>
              {detail.logs.map((l) => (
                <tr key={l.id ?? `imported-${l.reviewedAt}`}>
                  <td>{shortDateTime(l.reviewedAt, now)}</td>
                  <td>{RATING_NAMES[l.rating]}</td>
                  <td>{formatInterval(l.after.due - l.reviewedAt)}</td>
                  <td>{(l.durationMs / 1000).toFixed(1)} s</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
