// The statistics for one request: the learner's settings and the figures' input read from the store,
// then computed. The worker runs this; so does the page where a worker cannot start.
import { computeStats } from '@/lib/insight/stats';
import { decayOf } from '@/lib/srs/fsrs-model';

import { readPrefs, studyDaySettings } from './prefs';
import type { CardsDB } from './schema';
import type { StatsFigures, StatsRequest } from './stats-reply';
import { readStatsSource } from './stats-source';

export async function statsFor(db: CardsDB, { deckId, now }: StatsRequest): Promise<StatsFigures> {
  const [prefs, source] = await Promise.all([readPrefs(db), readStatsSource(db, deckId)]);
  const stats = computeStats(source, {
    now,
    settings: studyDaySettings(prefs),
    desiredRetention: prefs.srs.desiredRetention,
    decay: decayOf(prefs.srs.weights),
  });
  const { cards } = stats;
  return {
    stats,
    reviews: source.logs.length,
    cards: cards.new + cards.learning + cards.young + cards.mature + cards.suspended + cards.retired,
  };
}
