// The statistics for one request: the learner's settings and the figures' input read from the store,
// then computed. The worker runs this; so does the page where a worker cannot start.
import { assembleStats, cardFigures, logFigures, statsGrid } from '@/lib/insight/stats';
import { decayOf } from '@/lib/srs/fsrs-model';

import { readPrefs, studyDaySettings } from './prefs';
import type { CardsDB } from './schema';
import type { StatsFigures, StatsRequest } from './stats-reply';
import { readCardSource, readLogColumns } from './stats-source';

export async function statsFor(db: CardsDB, { deckId, now }: StatsRequest): Promise<StatsFigures> {
  // Asked in this order, and IndexedDB answers in turn: the log's figures are computed while the
  // cards (the longer read) are still on their way.
  const prefsRead = readPrefs(db);
  const logsRead = readLogColumns(db, deckId);
  const cardsRead = readCardSource(db, deckId);
  cardsRead.catch(() => undefined); // awaited below; not "unhandled" while the log is computed
  const [prefs, logs] = await Promise.all([prefsRead, logsRead]);
  const options = {
    now,
    settings: studyDaySettings(prefs),
    desiredRetention: prefs.srs.desiredRetention,
    decay: decayOf(prefs.srs.weights),
  };
  const grid = statsGrid(logs, options);
  const log = logFigures(logs, grid, options);
  const { cards, counted } = await cardsRead;
  const stats = assembleStats(log, cardFigures(cards, counted, grid));
  const c = stats.cards;
  return {
    stats,
    reviews: logs.length,
    cards: c.new + c.learning + c.young + c.mature + c.suspended + c.retired,
  };
}
