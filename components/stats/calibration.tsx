// Does 90% mean 90%? Reviews grouped by the recall FSRS predicted at the moment of the answer (its
// retrievability), each group's average prediction next to the share actually recalled.
import type { Stats } from '@/lib/insight/stats';

import { count, percent } from './format';
import styles from './stats.module.css';

export function Calibration({ stats }: { stats: Stats }) {
  const { bins, count: reviews, predicted, actual } = stats.calibration;
  const shown = bins.filter((b) => b.count > 0);
  const width = Math.max(1, shown.length) * 24;
  return (
    <section className={`card ${styles.section}`} aria-labelledby="stats-calibration">
      <h2 id="stats-calibration">Predicted and actual recall</h2>
      {reviews === 0 ? (
        <p className="muted flush">Nothing to compare yet: this needs reviews of cards that left the learning steps.</p>
      ) : (
        <>
          <p className="flush">
            Over {count(reviews)} reviews FSRS predicted <strong>{percent(predicted)}</strong> recall on average; you recalled{' '}
            <strong>{percent(actual)}</strong>.
          </p>
          <svg
            className={styles.chart}
            viewBox={`0 0 ${width} 100`}
            preserveAspectRatio="none"
            role="img"
            aria-label={`Predicted against actual recall in ${shown.length} groups of predicted recall; the table below has the numbers.`}
          >
            {shown.map((b, i) => (
              <g key={b.from}>
                <rect className={styles.predicted} x={i * 24 + 3} y={100 - b.predicted * 100} width={8} height={b.predicted * 100} />
                <rect className={styles.actual} x={i * 24 + 12} y={100 - b.actual * 100} width={8} height={b.actual * 100} />
              </g>
            ))}
            <line
              className={styles.target}
              x1={0}
              y1={100 - stats.desiredRetention * 100}
              x2={width}
              y2={100 - stats.desiredRetention * 100}
            />
          </svg>
          <ul className={styles.legend} aria-hidden="true">
            <li>
              <span className={`${styles.swatch} ${styles.predicted}`} />
              Predicted
            </li>
            <li>
              <span className={`${styles.swatch} ${styles.actual}`} />
              Actual
            </li>
            <li>Dashed: desired retention</li>
          </ul>
          <table className={styles.table}>
            <caption className="sr-only">
              Reviews by range of predicted recall: how many, the average prediction, and the share recalled
            </caption>
            <thead>
              <tr>
                <th scope="col">Range</th>
                <th scope="col">Reviews</th>
                <th scope="col">Predicted</th>
                <th scope="col">Actual</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((b) => (
                <tr key={b.from}>
                  <th scope="row">
                    {percent(b.from, 0)}–{percent(b.to, 0)}
                  </th>
                  <td>{count(b.count)}</td>
                  <td>{percent(b.predicted)}</td>
                  <td>{percent(b.actual)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
