// Today's queue for a deck, read with index range scans on [deckId+queue+due] — never a table scan.
import { Dexie } from 'dexie';

// Deep imports, not the lib/srs barrel: reading the queue must not load the FSRS engine.
import { pickNext, queueCounts, remainingToday, type DoneToday, type QueueCounts, type QueueHead } from '@/lib/srs/queue';
import { nextStudyDayStart, studyDayStart } from '@/lib/srs/study-day';

import { studyDaySettings, type Prefs } from './prefs';
import { placeInQueue, Q, type CardStateRow } from './rows';
import type { CardsDB } from './schema';

export interface DeckQueue {
  deckId: string;
  counts: QueueCounts;
  next: CardStateRow | null;
  /** When nothing is left: when the next card becomes due (a learning step, tomorrow's reviews or new cards). */
  nextAt: number | null;
  doneToday: DoneToday;
}

/** Learning cards counted up to this many; more are shown as this number. */
const LEARNING_CAP = 999;

const range = (db: CardsDB, deckId: string, queue: number, from: number, to: number) =>
  db.cardStates.where('[deckId+queue+due]').between([deckId, queue, from], [deckId, queue, to], true, false);

/** Today's new and review answers in a deck, by the state each card was in before. */
export async function doneToday(db: CardsDB, deckId: string, since: number): Promise<DoneToday> {
  const logs = await db.reviewLogs.where('[deckId+reviewedAt]').between([deckId, since], [deckId, Dexie.maxKey]).toArray();
  let newCount = 0;
  let reviewCount = 0;
  for (const log of logs) {
    if (log.before.sched.phase === 'new') newCount++;
    else if (log.before.sched.phase === 'review') reviewCount++;
  }
  return { newCount, reviewCount };
}

/** Buried cards come back when their study day is over. */
export async function releaseBuried(db: CardsDB, deckId: string, now: number): Promise<void> {
  const due = range(db, deckId, Q.buried, -Infinity, now + 1);
  if ((await due.count()) === 0) return;
  await db.transaction('rw', [db.cardStates, db.cards], async () => {
    const rows = await range(db, deckId, Q.buried, -Infinity, now + 1).toArray();
    for (const row of rows) {
      const card = await db.cards.get(row.cardId);
      const kept = { ...row, buriedUntil: 0, rev: row.rev + 1 };
      await db.cardStates.put({ ...kept, ...placeInQueue(kept, card?.position ?? 0, card?.retired === 1) });
    }
  });
}

/** A deck's counts for today without its next card: what Today and a session's header show. */
export interface DeckCounts {
  deckId: string;
  counts: QueueCounts;
  /** When every count is zero: when the next card becomes due; otherwise null. */
  nextAt: number | null;
  doneToday: DoneToday;
}

/** Read-only (safe inside liveQuery); call releaseBuried first so yesterday's buried cards are back. */
export function loadDeckQueue(db: CardsDB, deckId: string, now: number, prefs: Prefs): Promise<DeckQueue> {
  return readDeck(db, deckId, now, prefs, true);
}

/**
 * The counts alone: the same index range scans, reading keys only, never a card's state row
 * (a few reads fewer per deck, and no rows to decode). Read-only, like loadDeckQueue.
 */
export async function loadDeckCounts(db: CardsDB, deckId: string, now: number, prefs: Prefs): Promise<DeckCounts> {
  const { counts, nextAt, doneToday: done } = await readDeck(db, deckId, now, prefs, false);
  return { deckId, counts, nextAt, doneToday: done };
}

async function readDeck(db: CardsDB, deckId: string, now: number, prefs: Prefs, withNext: boolean): Promise<DeckQueue> {
  const day = studyDaySettings(prefs);
  const dayEnd = nextStudyDayStart(now, day);
  const done = await doneToday(db, deckId, studyDayStart(now, day));
  const { newLeft, reviewLeft } = remainingToday(prefs.limits, done);
  // Each queue: its first row (only when the next card is wanted), and its size counted only as far
  // as today's limit needs (reading at most that many keys), so the cost does not grow with the deck.
  const head = async (queue: number, to: number, cap: number): Promise<QueueHead<CardStateRow>> => {
    const [first, keys] = await Promise.all([
      withNext ? range(db, deckId, queue, -Infinity, to).first() : Promise.resolve(undefined),
      cap > 0 ? range(db, deckId, queue, -Infinity, to).limit(cap).primaryKeys() : Promise.resolve([]),
    ]);
    return { first, size: cap > 0 ? keys.length : first ? 1 : 0 };
  };
  const [learning, reviews, news] = await Promise.all([
    head(Q.learning, dayEnd, LEARNING_CAP),
    head(Q.review, dayEnd, reviewLeft),
    head(Q.new, Infinity, newLeft),
  ]);
  const input = { now, learning, reviews, news, limits: prefs.limits, doneToday: done };
  const counts = queueCounts(input);
  const next = withNext ? pickNext(input) : null;
  const nothingLeft = counts.newCount + counts.learningCount + counts.reviewCount === 0;
  let nextAt: number | null = null;
  if (withNext ? !next : nothingLeft) {
    const later = await range(db, deckId, Q.review, dayEnd, Infinity).first();
    // New cards wait for tomorrow when today's limit is used up and some are left.
    const newWaiting =
      newLeft === 0 &&
      (withNext ? news.first !== undefined : (await range(db, deckId, Q.new, -Infinity, Infinity).limit(1).primaryKeys()).length > 0);
    const candidates = [learning.first?.due, later ? Math.max(later.due, dayEnd) : undefined, newWaiting ? dayEnd : undefined];
    const defined = candidates.filter((t): t is number => t !== undefined);
    nextAt = defined.length > 0 ? Math.min(...defined) : null;
  }
  return { deckId, counts, next, nextAt, doneToday: done };
}

export const hasWork = (q: DeckCounts): boolean => q.counts.newCount + q.counts.learningCount + q.counts.reviewCount > 0;

/**
 * "Study now": the first deck, in deck order, with cards to study now, else the first deck; undefined
 * when there are no decks. Stops at the first deck with work instead of counting every deck.
 */
export async function firstDeckWithWork(db: CardsDB, now: number, prefs: Prefs): Promise<string | undefined> {
  const decks = await db.decks.orderBy('order').primaryKeys();
  for (const deckId of decks) {
    await releaseBuried(db, deckId, now);
    if (hasWork(await loadDeckCounts(db, deckId, now, prefs))) return deckId;
  }
  return decks[0];
}

/** How many of these cards are still due today (learning or review before the next study day starts). */
export async function countDueToday(db: CardsDB, cardIds: readonly string[], now: number, prefs: Prefs): Promise<number> {
  const dayEnd = nextStudyDayStart(now, studyDaySettings(prefs));
  const rows = await db.cardStates.bulkGet([...cardIds]);
  return rows.filter((row) => row && (row.queue === Q.learning || row.queue === Q.review) && row.due < dayEnd).length;
}
