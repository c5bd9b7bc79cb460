// A stacked bar of a deck's cards by state, with the same numbers as text beside it.
import type { CardStatus, DeckProgress } from '@/lib/db/browse-queries';

import styles from './decks.module.css';

const PARTS: { key: CardStatus; label: string }[] = [
  { key: 'mature', label: 'mature' },
  { key: 'young', label: 'young' },
  { key: 'learning', label: 'learning' },
  { key: 'new', label: 'new' },
  { key: 'suspended', label: 'suspended' },
];

/** `null` while the store is loading: the bar keeps its place so nothing below it moves. */
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
      {progress ? (
        <ul className={styles.legend} aria-label="Progress">
          {PARTS.map(({ key, label }) => (
            <li key={key}>
              <span className={`${styles.dot} ${styles[key]}`} aria-hidden="true" />
              {progress[key]} {label}
            </li>
          ))}
        </ul>
      ) : (
        <p className={`${styles.legend} muted`}>Counting…</p>
      )}
    </div>
  );
}
