// A stacked bar of a deck's cards by state, with the same numbers as text beside it.
import type { CardStatus, DeckProgress } from '@/lib/db/browse-queries';

import { CountingInPlace } from '../counting-in-place';
import styles from './decks.module.css';

const PARTS: { key: CardStatus; label: string }[] = [
  { key: 'mature', label: 'mature' },
  { key: 'young', label: 'young' },
  { key: 'learning', label: 'learning' },
  { key: 'new', label: 'new' },
  { key: 'suspended', label: 'suspended' },
];

const NOTHING_YET: DeckProgress = { mature: 0, young: 0, learning: 0, new: 0, suspended: 0, total: 0 };

function Legend({ progress }: { progress: DeckProgress }) {
  return (
    <ul className={styles.legend} aria-label="Progress">
      {PARTS.map(({ key, label }) => (
        <li key={key}>
          <span className={`${styles.dot} ${styles[key]}`} aria-hidden="true" />
          {progress[key]} {label}
        </li>
      ))}
    </ul>
  );
}

/** `null` while the store is loading: the bar and its legend keep their place so nothing below them moves. */
export function DeckProgressBar({ progress }: { progress: DeckProgress | null }) {
  const total = Math.max(1, progress?.total ?? 0);
  let x = 0;
  return (
    <div className={styles.progress}>
      <svg className={styles.bar} viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true">
        {progress &&
          PARTS.map(({ key }) => {
            const w = (progress[key] / total) * 100;
            const rect = <rect key={key} className={styles[key]} x={x} y={0} width={w} height={6} />;
            x += w;
            return rect;
          })}
      </svg>
      {progress ? <Legend progress={progress} /> : <CountingInPlace className={styles.legend} shape={<Legend progress={NOTHING_YET} />} />}
    </div>
  );
}
