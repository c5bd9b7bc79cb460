// Today's queue for a deck, read with index range scans on [deckId+queue+due] — never a table scan.
import { Dexie } from 'dexie';

// Deep imports, not the lib/srs barrel: reading the queue must not load the FSRS engine.
import {
  COUNTED_UP_TO,
  pickNext,
  queueCounts,
  remainingToday,
  type DoneToday,
  type QueueCounts,
  type QueueHead,
  type QueueInput,
} from '@/lib/srs/queue';
import { nextStudyDayStart, studyDayStart } from '@/lib/srs/study-day';
import { firstShuffled } from '@/lib/srs/study-order';
import type { DailyLimits } from '@/lib/srs/types';

import { cardTables, getCard } from './card-rows';
import { readExtraNew, type ExtraNew } from './extra-new';
import { studyDaySettings, type Prefs } from './prefs';
import { placeInQueue, Q, type CardStateRow, type ReviewLogRow } from './rows';
import type { CardsDB } from './schema';

export interface DeckQueue {
  deckId: string;
  counts: QueueCounts;
  next: CardStateRow | null;
  /** When nothing is left: when the next card becomes due (a learning step, tomorrow's reviews or new cards). */
  nextAt: number | null;
  doneToday: DoneToday;
}

/** The most keys a count reads: one past what is shown as a number, so "more than that" is known. */
const COUNT_KEYS = COUNTED_UP_TO + 1;

/**
 * Every read of a queue goes through here: an index range scan on [deckId+queue+due]. A filter on
 * which cards may be studied (the version the learner runs) belongs here, as `.filter()` on this
 * collection, so counts, the next card and "next due" all see it.
 */
const range = (db: CardsDB, deckId: string, queue: number, from: number, to: number) =>
  db.cardStates.where('[deckId+queue+due]').between([deckId, queue, from], [deckId, queue, to], true, false);

/** Today's new and review answers in a deck, by the state each card was in before. */
export async function doneToday(db: CardsDB, deckId: string, since: number): Promise<DoneToday> {
  return countDone(await db.reviewLogs.where('[deckId+reviewedAt]').between([deckId, since], [deckId, Dexie.maxKey]).toArray());
}

/** Today's new and review answers in every deck (what the overall limits count) and in each, from one read. */
export async function doneTodayEverywhere(db: CardsDB, since: number): Promise<{ total: DoneToday; byDeck: Map<string, DoneToday> }> {
  const logs = await db.reviewLogs.where('reviewedAt').aboveOrEqual(since).toArray();
  const perDeck = new Map<string, ReviewLogRow[]>();
  for (const log of logs) perDeck.set(log.deckId, [...(perDeck.get(log.deckId) ?? []), log]);
  return { total: countDone(logs), byDeck: new Map([...perDeck].map(([deckId, rows]) => [deckId, countDone(rows)])) };
}

function countDone(logs: ReviewLogRow[]): DoneToday {
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
  await db.transaction('rw', [db.cardStates, ...cardTables(db)], async () => {
    const rows = await range(db, deckId, Q.buried, -Infinity, now + 1).toArray();
    for (const row of rows) {
      const card = await getCard(db, row.cardId);
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
export async function loadDeckQueue(db: CardsDB, deckId: string, now: number, prefs: Prefs): Promise<DeckQueue> {
  return readDeck(db, deckId, now, prefs, await todayOf(db, now, prefs), true);
}

/**
 * The counts alone: the same index range scans, reading keys only, never a card's state row
 * (a few reads fewer per deck, and no rows to decode). Read-only, like loadDeckQueue.
 */
export async function loadDeckCounts(db: CardsDB, deckId: string, now: number, prefs: Prefs): Promise<DeckCounts> {
  const { counts, nextAt, doneToday: done } = await readDeck(db, deckId, now, prefs, await todayOf(db, now, prefs), false);
  return { deckId, counts, nextAt, doneToday: done };
}

/** What every deck's queue shares on one study day: its bounds, and the extra new cards custom study allowed. */
export interface Today {
  start: number;
  end: number;
  extraNew: ExtraNew;
}

export async function todayOf(db: CardsDB, now: number, prefs: Prefs): Promise<Today> {
  const day = studyDaySettings(prefs);
  const start = studyDayStart(now, day);
  return { start, end: nextStudyDayStart(now, day), extraNew: await readExtraNew(db, start) };
}

/** A deck's own limits today: the settings' plus any new cards custom study added for it today. */
export const deckLimits = (prefs: Prefs, today: Today, deckId: string): DailyLimits => ({
  newPerDay: prefs.limits.newPerDay + (today.extraNew.decks[deckId] ?? 0),
  reviewsPerDay: prefs.limits.reviewsPerDay,
});

/** A deck's queue heads and today's figures: what pickNext and pickAcross read. Read-only. */
export async function readHeads(
  db: CardsDB,
  deckId: string,
  now: number,
  prefs: Prefs,
  today: Today,
  withNext: boolean,
  /** Today's answers in this deck when the caller has read them already (Study all reads every deck's at once). */
  doneHere?: DoneToday,
): Promise<QueueInput<CardStateRow>> {
  const limits = deckLimits(prefs, today, deckId);
  const done = doneHere ?? (await doneToday(db, deckId, today.start));
  const { newLeft, reviewLeft } = remainingToday(limits, done);
  // Each queue: its first row (only when the next card is wanted), and its size counted only as far
  // as today's limit needs and never past COUNT_KEYS keys, so the cost does not grow with the deck or
  // with a limit of 99,999 (counting 30,000 due keys took 230-410 ms, once per answer).
  const head = async (queue: number, to: number, cap: number): Promise<QueueHead<CardStateRow>> => {
    const [first, keys] = await Promise.all([
      withNext ? firstRow(db, deckId, queue, to) : Promise.resolve(undefined),
      cap > 0 ? range(db, deckId, queue, -Infinity, to).limit(Math.min(cap, COUNT_KEYS)).primaryKeys() : Promise.resolve([]),
    ]);
    return { first, size: cap > 0 ? keys.length : first ? 1 : 0 };
  };
  const [learning, reviews, news] = await Promise.all([
    head(Q.learning, today.end, COUNT_KEYS),
    head(Q.review, today.end, reviewLeft),
    head(Q.new, Infinity, newLeft),
  ]);
  // Random new-card order: the same cards today, in the day's shuffle.
  if (withNext && prefs.order.newCards === 'random' && newLeft > 0) news.first = await firstShuffledNew(db, deckId, newLeft, today);
  return { now, learning, reviews, news, limits, doneToday: done };
}

/** The first row of a queue, due before `to`: what comes next from it (new cards: in the deck's order). */
export const firstRow = (db: CardsDB, deckId: string, queue: number, to: number): Promise<CardStateRow | undefined> =>
  range(db, deckId, queue, -Infinity, to).first();

/**
 * Random new-card order (Anki's "random" sort of the gathered cards): today's new cards are the deck's
 * next `newLeft` in its order, and the first of them in a shuffle seeded by the study day comes next.
 */
export async function firstShuffledNew(db: CardsDB, deckId: string, newLeft: number, today: Today): Promise<CardStateRow | undefined> {
  const keys = (await range(db, deckId, Q.new, -Infinity, Infinity).limit(newLeft).primaryKeys()) as string[];
  const pick = firstShuffled(keys, `${today.start}`);
  return pick ? db.cardStates.get(pick) : undefined;
}

/**
 * When a deck with nothing left now gets its next card: a learning step, tomorrow's reviews, or new
 * cards waiting for tomorrow because today's new limit (the deck's, or `newLimitReached`) is used up.
 */
export async function nextDueAt(
  db: CardsDB,
  deckId: string,
  input: QueueInput<CardStateRow>,
  today: Today,
  newLimitReached = false,
): Promise<number | null> {
  const later = await range(db, deckId, Q.review, today.end, Infinity).first();
  const { newLeft } = remainingToday(input.limits, input.doneToday);
  const newWaiting =
    (newLeft === 0 || newLimitReached) &&
    (input.news.first !== undefined || (await range(db, deckId, Q.new, -Infinity, Infinity).limit(1).primaryKeys()).length > 0);
  const candidates = [input.learning.first?.due, later ? Math.max(later.due, today.end) : undefined, newWaiting ? today.end : undefined];
  const defined = candidates.filter((t): t is number => t !== undefined);
  return defined.length > 0 ? Math.min(...defined) : null;
}

async function readDeck(db: CardsDB, deckId: string, now: number, prefs: Prefs, today: Today, withNext: boolean): Promise<DeckQueue> {
  const input = await readHeads(db, deckId, now, prefs, today, withNext);
  const counts = queueCounts(input);
  const next = withNext ? pickNext(input) : null;
  const nothingLeft = counts.newCount + counts.learningCount + counts.reviewCount === 0;
  const nextAt = (withNext ? !next : nothingLeft) ? await nextDueAt(db, deckId, input, today) : null;
  return { deckId, counts, next, nextAt, doneToday: input.doneToday };
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
