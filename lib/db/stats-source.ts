// Reads what the statistics need, for every deck or one: the digested review log, and the cards by
// standing. New, suspended and retired cards are counted on the queue index without reading a row;
// only cards with a schedule (learning, review, buried) are read, for their due dates and intervals.
import { emptyCardColumns, STANDING, type CardColumns, type LogColumns } from '@/lib/insight/columns';
import type { StatsInput } from '@/lib/insight/stats';

import { deckStates, queueRange } from './deck-states';
import { importedLogColumns } from './imported-log';
import { digestColumns, joinLogColumns, readLogDigest } from './log-digest';
import { Q, type CardStateRow } from './rows';
import type { CardsDB } from './schema';
import { markStats } from './stats-marks';

const SCHEDULED = [Q.learning, Q.review, Q.buried] as const;

export function cardColumns(rows: readonly CardStateRow[]): CardColumns {
  const c = emptyCardColumns(rows.length);
  rows.forEach((row, i) => {
    const phase = row.sched.phase;
    c.standing[i] = phase === 'new' ? STANDING.new : phase === 'review' ? STANDING.review : STANDING.learning;
    c.due[i] = Math.max(row.sched.due, row.buriedUntil);
    c.interval[i] = row.sched.scheduledDays;
  });
  return c;
}

/**
 * A queue's card states, in one deck, or in every deck at once on [queue+due] (a few index reads
 * instead of a few per deck). Every deck's includes the retired cards of a bundled deck the app no
 * longer has (deck sync retires them and drops the deck): retired cards, counted as such.
 */
const queueOf = (db: CardsDB, deckId: string | null, queue: number) =>
  deckId === null
    ? db.cardStates.where('[queue+due]').between([queue, -Infinity], [queue, Infinity], true, true)
    : queueRange(db, deckId, queue);

/** The cards by standing: counts on the queue index, and the rows of cards with a schedule. */
export async function readCardSource(db: CardsDB, deckId: string | null): Promise<Pick<StatsInput, 'cards' | 'counted'>> {
  return db.transaction('r', [db.decks, db.cardStates], async () => {
    const count = (queue: number) => queueOf(db, deckId, queue).count();
    const [total, suspended, retired, otherVersion, rows] = await Promise.all([
      // New cards are most of a large collection: counted as the rest, not one by one on the index.
      deckId === null ? db.cardStates.count() : deckStates(db, deckId).count(),
      count(Q.suspended),
      count(Q.retired),
      // Cards for another containerd line than the learner's are left out of the figures, like the queues.
      count(Q.otherVersion).finally(() => markStats('cards-counted')),
      Promise.all(SCHEDULED.map((q) => queueOf(db, deckId, q).toArray())).then((lists) => lists.flat()),
    ]);
    markStats('cards-read');
    return { cards: cardColumns(rows), counted: { new: total - rows.length - suspended - retired - otherVersion, suspended, retired } };
  });
}

/** The review log as the statistics' columns, for every deck or one: answers given here (through the digest) and imported ones. */
export async function readLogColumns(db: CardsDB, deckId: string | null): Promise<LogColumns> {
  const [digest, imported] = await Promise.all([
    readLogDigest(db),
    deckId === null ? db.importedLogs.toArray() : db.importedLogs.where('deckId').equals(deckId).toArray(),
  ]);
  const logs = digestColumns(digest, deckId);
  return imported.length === 0 ? logs : joinLogColumns([logs, ...imported.map(importedLogColumns)]);
}

/** The statistics' input for one deck, or for every deck (deckId null). */
export async function readStatsSource(db: CardsDB, deckId: string | null): Promise<StatsInput> {
  const [logs, cards] = await Promise.all([readLogColumns(db, deckId), readCardSource(db, deckId)]);
  return { logs, ...cards };
}
