// Anki's True Retention table: of the reviews of cards with an interval of a day or more, the share
// answered Hard, Good or Easy, for young (interval under 21 days) and mature cards, next to the
// retention the scheduler aims for.
import type { PassFail, Stats } from '@/lib/insight/stats';

import { count, percent } from './format';
import styles from './stats.module.css';

function Cell({ tally }: { tally: PassFail }) {
  const total = tally.pass + tally.fail;
  return (
    <td>
      {total === 0 ? '–' : percent(tally.pass / total)}
      <span className={styles.sub}>
        {count(tally.pass)} / {count(tally.fail)}
      </span>
    </td>
  );
}

export function TrueRetention({ stats }: { stats: Stats }) {
  return (
    <section className={`card ${styles.section}`} aria-labelledby="stats-retention">
      <h2 id="stats-retention">True retention</h2>
      <p className="muted flush">
        Desired retention: <strong>{percent(stats.desiredRetention, 0)}</strong>. Each cell: the share of reviews passed, then passed /
        failed.
      </p>
      <table className={styles.table}>
        <caption className="sr-only">True retention by period: young, mature and all review cards</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col">Young</th>
            <th scope="col">Mature</th>
            <th scope="col">Total</th>
          </tr>
        </thead>
        <tbody>
          {stats.retention.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.label}</th>
              <Cell tally={row.young} />
              <Cell tally={row.mature} />
              <Cell tally={{ pass: row.young.pass + row.mature.pass, fail: row.young.fail + row.mature.fail }} />
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
