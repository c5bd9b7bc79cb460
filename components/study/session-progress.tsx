'use client';
// Two honest numbers: the cards still to study today, and the answers given in this session. The bar
// shows the cards finished (answered and not due again today) against those plus the cards left.
import { counted } from '@/lib/text/counted';

import { dueCounted } from '../due-counts';

import type { SessionTally } from './study-state';

interface Props {
  /** Cards still to study today, or null while counting. */
  left: number | null;
  /** Cards this session answered that are not due again today. */
  done: number;
  tally: SessionTally;
  /** What “left” counts against: today (a queue), or this session (a custom study list). */
  until?: string;
}

export function SessionProgress({ left, done, tally, until = 'today' }: Props) {
  if (left === null) return <p className="muted flush">Counting…</p>;
  return (
    <div className="session-progress">
      <progress className="progress" max={Math.max(1, done + left)} value={done} aria-label="Cards finished today">
        {done} of {done + left}
      </progress>
      <p className="muted flush" role="status">
        {dueCounted(left, 'card')} left {until} · {counted(tally.answers, 'answer')}
      </p>
    </div>
  );
}
