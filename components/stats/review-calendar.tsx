// The calendar heatmap: a square per study day of the past year (weeks across, Monday on top), darker
// for more reviews; the current and longest streaks; and the same year month by month as a table.
import type { Stats } from '@/lib/insight/stats';

import { count, counted, dayLabel, monthLabel, weekdayOf } from './format';
import styles from './stats.module.css';

const CELL = 12;

/** Shade 0 for no reviews, then 1–4 by quarters of the busiest day. */
function shade(n: number, max: number): number {
  return n === 0 ? 0 : Math.min(4, Math.ceil((n / max) * 4));
}

function byMonth(keys: readonly string[], counts: readonly number[]): { month: string; reviews: number; days: number }[] {
  const months = new Map<string, { reviews: number; days: number }>();
  keys.forEach((key, i) => {
    const month = key.slice(0, 7);
    const m = months.get(month) ?? { reviews: 0, days: 0 };
    m.reviews += counts[i];
    if (counts[i] > 0) m.days++;
    months.set(month, m);
  });
  return [...months].map(([month, m]) => ({ month, ...m })).reverse();
}

export function ReviewCalendar({ stats }: { stats: Stats }) {
  const { keys, counts } = stats.heatmap;
  const offset = keys.length > 0 ? weekdayOf(keys[0]) : 0;
  const weeks = Math.ceil((offset + keys.length) / 7);
  const max = Math.max(1, ...counts);
  const reviews = counts.reduce((a, b) => a + b, 0);
  const days = counts.filter((n) => n > 0).length;
  return (
    <section className={`card ${styles.section}`} aria-labelledby="stats-reviews">
      <h2 id="stats-reviews">Reviews</h2>
      <dl className={styles.figures}>
        <div>
          <dt>Streak</dt>
          <dd>{counted(stats.streak.current, 'day')}</dd>
        </div>
        <div>
          <dt>Longest</dt>
          <dd>{counted(stats.streak.longest, 'day')}</dd>
        </div>
        <div>
          <dt>Past year</dt>
          <dd>
            {count(reviews)} on {count(days)} of {count(keys.length)} days
          </dd>
        </div>
      </dl>
      <svg
        className={styles.heatmap}
        viewBox={`0 0 ${weeks * CELL} ${7 * CELL}`}
        role="img"
        aria-label={`Reviews per study day over the past year: ${count(reviews)} reviews on ${count(days)} days, at most ${count(Math.max(0, ...counts))} in a day.`}
      >
        {keys.map((key, i) => (
          <rect
            key={key}
            className={styles[`heat${shade(counts[i], max)}`]}
            x={Math.floor((offset + i) / 7) * CELL}
            y={((offset + i) % 7) * CELL}
            width={CELL - 2}
            height={CELL - 2}
            rx={2}
          >
            <title>{`${dayLabel(key)}: ${counted(counts[i], 'review')}`}</title>
          </rect>
        ))}
      </svg>
      <ul className={styles.legend} aria-hidden="true">
        <li>Less</li>
        {[0, 1, 2, 3, 4].map((s) => (
          <li key={s}>
            <span className={`${styles.swatch} ${styles[`heat${s}`]}`} />
          </li>
        ))}
        <li>More</li>
      </ul>
      <details>
        <summary>Reviews by month (table)</summary>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col">Reviews</th>
              <th scope="col">Days studied</th>
            </tr>
          </thead>
          <tbody>
            {byMonth(keys, counts).map((m) => (
              <tr key={m.month}>
                <th scope="row">{monthLabel(m.month)}</th>
                <td>{count(m.reviews)}</td>
                <td>{count(m.days)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
