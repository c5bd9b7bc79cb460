// Reads what the statistics need, for every deck or one: the digested review log, and the cards by
// standing. New, suspended and retired cards are counted on the queue index without reading a row;
// only cards with a schedule (learning, review, buried) are read, for their due dates and intervals.
import { Dexie } from 'dexie';

import { emptyCardColumns, STANDING, type CardColumns, type LogColumns } from '@/lib/insight/columns';
import type { StatsInput } from '@/lib/insight/stats';

import { deckStates, queueRange } from './deck-states';
import { importedLogColumns } from './imported-log';
import { digestColumns, joinLogColumns, readLogDigest, type KeptLogDigest } from './log-digest';
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

const DAY_MS = 86_400_000;

/**
 * Where the read of the cards with a schedule is cut, by due date, in days from now. IndexedDB answers
 * one request after another, and each answer's rows are decoded here while the next part is read, so
 * eleven thousand rows come about a third sooner in parts than in one answer. The cuts follow where
 * due dates crowd (around today); how the rows fall among them changes only the speed.
 */
const DUE_CUTS_DAYS = [-30, -1, 0, 1, 3, 7, 14, 30, 90, 365];

/** One queue's cards in parts by due date: of every deck on `[queue+due]`, of one on `[deckId+queue+due]`. */
function queueInParts(db: CardsDB, deckId: string | null, queue: number, now: number) {
  const bounds = [Dexie.minKey, ...DUE_CUTS_DAYS.map((days) => now + days * DAY_MS), Dexie.maxKey];
  const key = (due: unknown) => (deckId === null ? [queue, due] : [deckId, queue, due]);
  const index = deckId === null ? '[queue+due]' : '[deckId+queue+due]';
  return bounds.slice(1).map((upper, i) => db.cardStates.where(index).between(key(bounds[i]), key(upper), true, upper === Dexie.maxKey));
}

/** One queue's cards of every deck: one range of `[queue+due]`, however many decks there are. */
const anyDeckQueue = (db: CardsDB, queue: number) =>
  db.cardStates.where('[queue+due]').between([queue, Dexie.minKey], [queue, Dexie.maxKey], true, true);

/**
 * The cards by standing: counts on the queue index, and the rows of cards with a schedule (asked for
 * first, in parts, so the last ones are decoded while the counts are made). For every deck on
 * `[queue+due]`, one request per part however many decks there are; for one deck on `[deckId+queue+due]`.
 */
export async function readCardSource(db: CardsDB, deckId: string | null): Promise<Pick<StatsInput, 'cards' | 'counted'>> {
  const queue = (q: number) => (deckId === null ? anyDeckQueue(db, q) : queueRange(db, deckId, q));
  const now = Date.now();
  return db.transaction('r', db.cardStates, async () => {
    const [rows, total, suspended, retired, otherVersion] = await Promise.all([
      Promise.all(SCHEDULED.flatMap((q) => queueInParts(db, deckId, q, now).map((part) => part.toArray()))).then((parts) => {
        markStats('cards-read');
        return parts.flat();
      }),
      // New cards are most of a large collection: counted as the rest, not one by one on the index.
      deckId === null ? db.cardStates.count() : deckStates(db, deckId).count(),
      queue(Q.suspended).count(),
      queue(Q.retired).count(),
      // Cards for another containerd line than the learner's are left out of the figures, like the queues.
      queue(Q.otherVersion).count(),
    ]);
    markStats('cards-counted');
    return { cards: cardColumns(rows), counted: { new: total - rows.length - suspended - retired - otherVersion, suspended, retired } };
  });
}

/**
 * The review log as the statistics' columns, for every deck or one: answers given here (through the
 * digest, from `kept` when the caller keeps one) and imported ones.
 */
export async function readLogColumns(db: CardsDB, deckId: string | null, kept?: KeptLogDigest): Promise<LogColumns> {
  const [digest, imported] = await Promise.all([
    kept ? kept.read(db) : readLogDigest(db),
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
