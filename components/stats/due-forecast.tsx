'use client';
// What is coming: cards due on each study day ahead (learning and review), over 30 days day by day, or
// 90 and 365 days week by week; what is overdue now; and the same numbers as a table.
import { useState } from 'react';

import type { Stats } from '@/lib/insight/stats';

import { BarChart } from './bar-chart';
import { count, dayLabel } from './format';
import styles from './stats.module.css';

const RANGES = [30, 90, 365] as const;
type Range = (typeof RANGES)[number];

function grouped(values: readonly number[], days: number, size: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < days; i += size) out.push(values.slice(i, Math.min(days, i + size)).reduce((a, b) => a + b, 0));
  return out;
}

export function DueForecast({ stats }: { stats: Stats }) {
  const [range, setRange] = useState<Range>(30);
  const { forecast } = stats;
  const size = range === 30 ? 1 : 7;
  const learning = grouped(forecast.learning, range, size);
  const review = grouped(forecast.review, range, size);
  const rows = learning.map((l, i) => ({ key: forecast.keys[i * size] ?? '', learning: l, review: review[i] }));
  const total = learning.reduce((a, b) => a + b, 0) + review.reduce((a, b) => a + b, 0);
  const overdue = forecast.overdue.learning + forecast.overdue.review;
  return (
    <section className={`card ${styles.section}`} aria-labelledby="stats-due">
      <h2 id="stats-due">Due</h2>
      <dl className={styles.figures}>
        <div>
          <dt>Overdue</dt>
          <dd>{count(overdue)}</dd>
        </div>
        <div>
          <dt>Today</dt>
          <dd>{count(forecast.learning[0] + forecast.review[0])}</dd>
        </div>
        <div>
          <dt>Tomorrow</dt>
          <dd>{count(forecast.learning[1] + forecast.review[1])}</dd>
        </div>
        <div>
          <dt>Next {range} days</dt>
          <dd>{count(total)}</dd>
        </div>
      </dl>
      <fieldset className={styles.choices}>
        <legend>Days ahead</legend>
        {RANGES.map((r) => (
          <label key={r} className="btn btn-small">
            <input type="radio" name="forecast-range" value={r} checked={range === r} onChange={() => setRange(r)} />
            {r}
          </label>
        ))}
      </fieldset>
      <BarChart
        label={`Cards due ${size === 1 ? 'per day' : 'per week'} over the next ${range} days: ${count(total)} in all, ${count(overdue)} overdue now.`}
        startLabel="Today"
        endLabel={`in ${range} days`}
        series={[
          { label: 'Learning', className: 'learning', values: learning },
          { label: 'Review', className: 'review', values: review },
        ]}
      />
      <details>
        <summary>Due {size === 1 ? 'by day' : 'by week'} (table)</summary>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">{size === 1 ? 'Day' : 'Week from'}</th>
              <th scope="col">Learning</th>
              <th scope="col">Review</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={row.key || i}>
                <th scope="row">{i === 0 && size === 1 ? 'Today' : dayLabel(row.key)}</th>
                <td>{count(row.learning)}</td>
                <td>{count(row.review)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
