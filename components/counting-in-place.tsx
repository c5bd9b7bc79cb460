// While a figure is being counted, "Counting…" stands in the space the figure will take: the figure's own
// shape is laid out, hidden, beneath it. So nothing below moves when the figure arrives, and a tap aimed at
// a button below lands where it was aimed (on a first visit the counts arrive about a second after the
// screen paints, when a learner is already reaching for Study).
import type { ReactNode } from 'react';

import styles from './counting-in-place.module.css';

/** The figure's shape, laid out and hidden (from sight and from screen readers). */
export function ReservedSpace({ children }: { children: ReactNode }) {
  return (
    <div className={styles.shape} aria-hidden="true">
      {children}
    </div>
  );
}

export function CountingInPlace({ shape, className = '' }: { shape: ReactNode; className?: string }) {
  return (
    <div className={styles.stack}>
      <p className={`${className} muted`}>Counting…</p>
      <ReservedSpace>{shape}</ReservedSpace>
    </div>
  );
}
