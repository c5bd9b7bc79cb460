'use client';
// The answering timer. The number and bar change every second for the eye; screen readers hear
// only a few milestones (the full time, 10 and 5 seconds left, time up) through a polite region,
// since a live region rewritten every second would talk over the question.
import { useSyncExternalStore } from 'react';

import styles from './quiz.module.css';

const MILESTONES = [10, 5];

function ticker(onTick: () => void): () => void {
  const id = setInterval(onTick, 250);
  return () => clearInterval(id);
}

export function milestoneText(secondsLeft: number, totalSeconds: number): string {
  if (secondsLeft <= 0) return 'Time is up.';
  const reached = MILESTONES.filter((m) => m < totalSeconds && secondsLeft <= m).pop();
  return reached === undefined ? `${totalSeconds} seconds to answer.` : `${reached} seconds left.`;
}

/** `deadline` is on this device's clock (the server's time already corrected for skew). */
export function Countdown({ deadline, totalSeconds }: { deadline: number; totalSeconds: number }) {
  const left = useSyncExternalStore(
    ticker,
    () => Math.max(0, Math.ceil((deadline - Date.now()) / 1000)),
    () => totalSeconds,
  );
  return (
    <div className={styles.timer}>
      <span className={styles.timerValue} role="timer" aria-label={`${left} seconds left`}>
        {left}
      </span>
      <progress className={styles.timerBar} max={totalSeconds} value={Math.min(left, totalSeconds)} aria-hidden="true" />
      <span className="sr-only" aria-live="polite">
        {milestoneText(left, totalSeconds)}
      </span>
    </div>
  );
}
