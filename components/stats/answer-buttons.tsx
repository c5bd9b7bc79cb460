// How often each answer button was pressed in the last 30 study days, for cards in learning, young
// and mature cards, with each button's share and the share that was not Again.
import { RECENT_DAYS, type ButtonGroup, type Stats } from '@/lib/insight/stats';
import { RATING_NAMES, RATINGS } from '@/lib/srs/types';

import { count, percent } from './format';
import styles from './stats.module.css';

const GROUPS: { key: ButtonGroup; label: string }[] = [
  { key: 'learning', label: 'Learning' },
  { key: 'young', label: 'Young' },
  { key: 'mature', label: 'Mature' },
];

export function AnswerButtons({ stats }: { stats: Stats }) {
  const totals = GROUPS.map(({ key }) => stats.buttons[key].reduce((a, b) => a + b, 0));
  const share = (n: number, total: number) => (total === 0 ? '–' : percent(n / total));
  return (
    <section className={`card ${styles.section}`} aria-labelledby="stats-buttons">
      <h2 id="stats-buttons">Answer buttons</h2>
      <table className={styles.table}>
        <caption>Answers in the last {RECENT_DAYS} study days: count, then share of the column</caption>
        <thead>
          <tr>
            <th scope="col">Button</th>
            {GROUPS.map(({ key, label }) => (
              <th key={key} scope="col">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {RATINGS.map((rating) => (
            <tr key={rating}>
              <th scope="row">{RATING_NAMES[rating]}</th>
              {GROUPS.map(({ key }, g) => (
                <td key={key}>
                  {count(stats.buttons[key][rating - 1])}
                  <span className={styles.sub}>{share(stats.buttons[key][rating - 1], totals[g])}</span>
                </td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row">Not Again</th>
            {GROUPS.map(({ key }, g) => (
              <td key={key}>{share(totals[g] - stats.buttons[key][0], totals[g])}</td>
            ))}
          </tr>
        </tbody>
      </table>
    </section>
  );
}
