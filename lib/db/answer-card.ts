// Answering and undoing. Each answer writes the new card state and its log row in one transaction,
// committed before the next card shows; undo puts back the exact row the log kept.
import { Dexie } from 'dexie';

import type { Rating, Scheduler } from '@/lib/srs';

import { cardTables, getCard } from './card-rows';
import { answeredState } from './balance-answer';
import { readPrefs } from './prefs';
import { placeInQueue, type CardStateRow, type ReviewLogRow } from './rows';
import type { CardsDB } from './schema';

/** The card changed since this tab showed it (answered in another tab, or reset): refuse. */
export class StaleAnswerError extends Error {
  constructor(cardId: string) {
    super(`Card ${cardId} was already answered or changed in another tab.`);
    this.name = 'StaleAnswerError';
  }
}

export interface AnswerInput {
  cardId: string;
  /** The rev of the state this tab showed. */
  rev: number;
  rating: Rating;
  now: number;
  durationMs: number;
  timeZone: string;
  scheduler: Scheduler;
}

export async function answerCard(db: CardsDB, input: AnswerInput): Promise<{ state: CardStateRow; log: ReviewLogRow }> {
  return db.transaction('rw', [db.cardStates, db.reviewLogs, ...cardTables(db), db.settings], async () => {
    const before = await db.cardStates.get(input.cardId);
    if (!before || before.rev !== input.rev) throw new StaleAnswerError(input.cardId);
    const [card, prefs] = await Dexie.Promise.all([getCard(db, input.cardId), readPrefs(db)]);
    const sched = await answeredState(db, prefs, input.scheduler, {
      state: before.sched,
      rating: input.rating,
      now: input.now,
      cardId: input.cardId,
    });
    const kept = { ...before, sched, buriedUntil: 0, rev: before.rev + 1 };
    const state: CardStateRow = { ...kept, ...placeInQueue(kept, card?.position ?? 0, card?.retired === 1) };
    const log: ReviewLogRow = {
      cardId: input.cardId,
      deckId: before.deckId,
      rating: input.rating,
      reviewedAt: input.now,
      timeZone: input.timeZone,
      durationMs: Math.max(0, Math.round(input.durationMs)),
      before,
      after: sched,
    };
    await db.cardStates.put(state);
    log.id = await db.reviewLogs.add(log);
    return { state, log };
  });
}

/**
 * Undoes one answer, given its log row id (a study session keeps the ids of its own answers), restoring
 * the card's row exactly and removing the log row. Refuses (returns null) when the log row is gone or
 * the card was answered or changed after it (another tab), so an undo never overwrites newer progress.
 */
export async function undoAnswer(db: CardsDB, logId: number): Promise<ReviewLogRow | null> {
  // Settings too: deleting a log row changes the log's epoch (log-epoch.ts).
  return db.transaction('rw', [db.cardStates, db.reviewLogs, db.settings], async () => {
    const log = await db.reviewLogs.get(logId);
    if (!log) return null;
    const state = await db.cardStates.get(log.cardId);
    if (!state || state.rev !== log.before.rev + 1) return null;
    await db.cardStates.put(log.before);
    await db.reviewLogs.delete(logId);
    return log;
  });
}

/** Thrown inside a preview's transaction so IndexedDB rolls back everything it wrote. */
class PreviewRollback extends Error {
  constructor() {
    super('preview rolled back');
    this.name = 'PreviewRollback';
  }
}

/**
 * What the study screen would show after this answer, worked out by really writing the answer and
 * reading the next card with the screen's own `pick` in one read-write transaction that is then rolled
 * back: nothing is kept and no live query hears of it. Exact by construction, whatever the queue's rules
 * (limits, learn-ahead, the answered card coming straight back), so the screen can show the next card the
 * moment a rating is tapped and write the answer behind it. Null when the card changed since it was shown.
 * `pick` may read the cards, their states, the review log, the settings and the decks (a queue, one deck's
 * or several decks'), nothing else.
 */
export async function previewAnswer<T>(db: CardsDB, input: AnswerInput, pick: () => Promise<T>): Promise<T | null> {
  let picked: { value: T } | null = null;
  try {
    // Only what an answer writes and a queue reads is locked, so reads of anything else never wait on it.
    await db.transaction('rw', [db.cardStates, db.reviewLogs, ...cardTables(db), db.settings, db.decks], async () => {
      await answerCard(db, input);
      picked = { value: await pick() };
      throw new PreviewRollback();
    });
  } catch (e) {
    if (e instanceof StaleAnswerError) return null;
    if (!(e instanceof PreviewRollback)) throw e;
  }
  return picked === null ? null : (picked as { value: T }).value;
}
