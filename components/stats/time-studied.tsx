// Time spent answering on each of the last 30 study days, with the total and the daily average.
import { RECENT_DAYS, type Stats } from '@/lib/insight/stats';

import { BarChart } from './bar-chart';
import { count, dayLabel, duration } from './format';
import styles from './stats.module.css';

export function TimeStudied({ stats }: { stats: Stats }) {
  const { keys, ms } = stats.time;
  const total = ms.reduce((a, b) => a + b, 0);
  const days = ms.filter((m) => m > 0).length;
  return (
    <section className={`card ${styles.section}`} aria-labelledby="stats-time">
      <h2 id="stats-time">Time studied</h2>
      <dl className={styles.figures}>
        <div>
          <dt>Last {RECENT_DAYS} days</dt>
          <dd>{duration(total)}</dd>
        </div>
        <div>
          <dt>Per day studied</dt>
          <dd>{days > 0 ? duration(total / days) : '–'}</dd>
        </div>
        <div>
          <dt>Days studied</dt>
          <dd>{count(days)}</dd>
        </div>
      </dl>
      <BarChart
        label={`Time studied per day over the last ${RECENT_DAYS} days: ${duration(total)} in all.`}
        startLabel={`${RECENT_DAYS} days ago`}
        endLabel="Today"
        formatMax={duration}
        series={[{ label: 'Time', className: 'time', values: ms }]}
      />
      <details>
        <summary>Time by day (table)</summary>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Time</th>
            </tr>
          </thead>
          <tbody>
            {keys
              .map((key, i) => ({ key, ms: ms[i] }))
              .reverse()
              .map((row) => (
                <tr key={row.key}>
                  <th scope="row">{dayLabel(row.key)}</th>
                  <td>{duration(row.ms)}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
