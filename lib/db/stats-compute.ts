// The statistics for one request: the learner's settings and the figures' input read from the store,
// then computed. The worker runs this; so does the page where a worker cannot start.
import { assembleStats, cardFigures, logFigures, statsGrid } from '@/lib/insight/stats';
import { decayOf } from '@/lib/srs/fsrs-model';

import { readPrefs, studyDaySettings } from './prefs';
import type { CardsDB } from './schema';
import { markStats } from './stats-marks';
import { readStatsInput, type StatsReads } from './stats-inputs';
import type { StatsFigures, StatsRequest } from './stats-reply';

/**
 * `readInput` starts the log's and the cards' reads (the worker passes its StatsInputCache's, which may
 * answer with what it kept). The settings are always read afresh.
 */
export async function statsFor(
  db: CardsDB,
  { deckId, now }: StatsRequest,
  readInput: (deckId: string | null) => StatsReads = (d) => readStatsInput(db, d),
): Promise<StatsFigures> {
  // Asked in this order, and IndexedDB answers in turn: the log's figures are computed while the
  // cards (the longer read) are still on their way.
  const prefsRead = readPrefs(db);
  const { logs: logsRead, cards: cardsRead } = readInput(deckId);
  cardsRead.catch(() => undefined); // awaited below; not "unhandled" while the log is computed
  const [prefs, logs] = await Promise.all([
    prefsRead.finally(() => markStats('prefs-read')),
    logsRead.finally(() => markStats('log-read')),
  ]);
  const options = {
    now,
    settings: studyDaySettings(prefs),
    desiredRetention: prefs.srs.desiredRetention,
    decay: decayOf(prefs.srs.weights),
  };
  const grid = statsGrid(logs, options);
  const log = logFigures(logs, grid, options);
  markStats('log-figures');
  const { cards, counted } = await cardsRead;
  const stats = assembleStats(log, cardFigures(cards, counted, grid));
  markStats('figures');
  const c = stats.cards;
  return {
    stats,
    reviews: logs.length,
    cards: c.new + c.learning + c.young + c.mature + c.suspended + c.retired,
  };
}
