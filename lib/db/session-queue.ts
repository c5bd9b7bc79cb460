// Today's queue for a session over several decks (Study all, or a chosen set): each deck's heads read
// as for one deck, the overall limits counted over every deck's answers today, and lib/srs's
// pickAcross choosing the next card. Read-only (safe inside liveQuery).
import type { QueueCounts } from '@/lib/srs/queue';
import { queueCounts, remainingToday } from '@/lib/srs/queue';
import { chooseAcross, combineCounts, pickAcross, sessionCounts, type SessionQueueInput } from '@/lib/srs/session-queue';

import type { Prefs } from './prefs';
import { Q, type CardStateRow } from './rows';
import type { CardsDB } from './schema';
import {
  doneTodayEverywhere,
  firstRow,
  firstShuffledNew,
  nextDueAt,
  readHeads,
  releaseBuried,
  todayOf,
  type DeckCounts,
  type DeckQueue,
  type Today,
} from './study-queue';

/** The decks of a session in deck order: every deck (null), or those chosen that still exist. */
export async function sessionDecks(db: CardsDB, deckIds: readonly string[] | null): Promise<string[]> {
  const all = (await db.decks.orderBy('order').primaryKeys()) as string[];
  if (!deckIds) return all;
  const chosen = new Set(deckIds);
  return all.filter((id) => chosen.has(id));
}

/** Brings back yesterday's buried cards in every deck of the session. */
export async function releaseBuriedIn(db: CardsDB, deckIds: readonly string[] | null, now: number): Promise<void> {
  await Promise.all((await sessionDecks(db, deckIds)).map((id) => releaseBuried(db, id, now)));
}

/** The overall limits today: the settings' plus the new cards custom study added to Study all. */
const overallLimits = (prefs: Prefs, today: Today) => ({
  ...prefs.overallLimits,
  newPerDay: prefs.overallLimits.newPerDay + today.extraNew.all,
});

export type SessionQueue = Omit<DeckQueue, 'deckId'> & { deckIds: string[] };

async function readSession(
  db: CardsDB,
  deckIds: readonly string[] | null,
  now: number,
  prefs: Prefs,
  withNext: boolean,
): Promise<SessionQueue> {
  // Today's answers read once for every deck, and each deck's sizes read as keys first: only the decks
  // the next card can come from have a row read (a learning deck's first step, the chosen review and
  // new decks). No explicit transaction: inside a live query, Chromium committed it early.
  const today = await todayOf(db, now, prefs);
  const [ids, done] = await Promise.all([sessionDecks(db, deckIds), doneTodayEverywhere(db, today.start)]);
  const none = { newCount: 0, reviewCount: 0 };
  const heads = await Promise.all(ids.map((id) => readHeads(db, id, now, prefs, today, false, done.byDeck.get(id) ?? none)));
  const input: SessionQueueInput<CardStateRow> = {
    now,
    decks: heads,
    overall: overallLimits(prefs, today),
    overallDone: done.total,
    order: prefs.order.decks,
    seed: `${today.start}`,
  };
  const counts: QueueCounts = sessionCounts(input);
  let next: CardStateRow | null = null;
  if (withNext) {
    const { reviewDeck, newDeck } = chooseAcross(input);
    await Promise.all([
      ...heads.map(async (h, i) => {
        if (h.learning.size > 0) h.learning.first = await firstRow(db, ids[i], Q.learning, today.end);
      }),
      (async () => {
        if (reviewDeck >= 0) heads[reviewDeck].reviews.first = await firstRow(db, ids[reviewDeck], Q.review, today.end);
      })(),
      (async () => {
        if (newDeck < 0) return;
        const h = heads[newDeck];
        h.news.first =
          prefs.order.newCards === 'random'
            ? await firstShuffledNew(db, ids[newDeck], remainingToday(h.limits, h.doneToday).newLeft, today)
            : await firstRow(db, ids[newDeck], Q.new, Infinity);
      })(),
    ]);
    next = pickAcross(input);
  }
  const nothingLeft = counts.newCount + counts.learningCount + counts.reviewCount === 0;
  let nextAt: number | null = null;
  if (withNext ? !next : nothingLeft) {
    const newLimitReached = done.total.newCount >= input.overall.newPerDay;
    const times = await Promise.all(ids.map((id, i) => nextDueAt(db, id, heads[i], today, newLimitReached)));
    const defined = times.filter((t): t is number => t !== null);
    nextAt = defined.length > 0 ? Math.min(...defined) : null;
  }
  return { deckIds: ids, counts, next, nextAt, doneToday: done.total };
}

/** The session's counts and next card; call releaseBuriedIn first. */
export const loadSessionQueue = (db: CardsDB, deckIds: readonly string[] | null, now: number, prefs: Prefs) =>
  readSession(db, deckIds, now, prefs, true);

/** The counts alone (Today's one number, the session header), reading keys only. */
export const loadSessionCounts = (db: CardsDB, deckIds: readonly string[] | null, now: number, prefs: Prefs) =>
  readSession(db, deckIds, now, prefs, false);

/**
 * Today's screen: every deck's counts (and when a deck with nothing left gets its next card) and Study
 * all's, with the study day and today's answers read once for all decks.
 */
export async function loadTodayCounts(db: CardsDB, now: number, prefs: Prefs): Promise<{ decks: DeckCounts[]; all: QueueCounts }> {
  const today = await todayOf(db, now, prefs);
  const [ids, done] = await Promise.all([sessionDecks(db, null), doneTodayEverywhere(db, today.start)]);
  const none = { newCount: 0, reviewCount: 0 };
  const decks = await Promise.all(
    ids.map(async (deckId): Promise<DeckCounts> => {
      const input = await readHeads(db, deckId, now, prefs, today, false, done.byDeck.get(deckId) ?? none);
      const counts = queueCounts(input);
      const nextAt = counts.newCount + counts.learningCount + counts.reviewCount === 0 ? await nextDueAt(db, deckId, input, today) : null;
      return { deckId, counts, nextAt, doneToday: input.doneToday };
    }),
  );
  return {
    decks,
    all: combineCounts(
      decks.map((d) => d.counts),
      overallLimits(prefs, today),
      done.total,
    ),
  };
}
