// How the cards stand: new, learning, young, mature and suspended as a bar with the numbers beside
// it (the Decks screen's bar), and the retired cards a newer deck no longer has.
import type { Stats } from '@/lib/insight/stats';

import { DeckProgressBar } from '../decks/deck-progress-bar';
import { count, counted } from './format';
import styles from './stats.module.css';

export function CardCounts({ stats }: { stats: Stats }) {
  const { retired, ...shown } = stats.cards;
  const total = shown.new + shown.learning + shown.young + shown.mature + shown.suspended;
  return (
    <section className={`card ${styles.section}`} aria-labelledby="stats-cards">
      <h2 id="stats-cards">Cards</h2>
      <p className="flush">
        {counted(total, 'card')}
        {retired > 0 ? `, and ${count(retired)} retired (no longer in their deck, history kept)` : ''}.
      </p>
      <DeckProgressBar progress={{ ...shown, total }} />
    </section>
  );
}
