// Answering and undoing. Each answer writes the new card state and its log row in one transaction,
// committed before the next card shows; undo puts back the exact row the log kept.
import type { Rating, Scheduler } from '@/lib/srs';

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
  return db.transaction('rw', [db.cardStates, db.reviewLogs, db.cards], async () => {
    const before = await db.cardStates.get(input.cardId);
    if (!before || before.rev !== input.rev) throw new StaleAnswerError(input.cardId);
    const card = await db.cards.get(input.cardId);
    const sched = input.scheduler.answer(before.sched, input.rating, input.now, input.cardId);
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
 * Undoes the newest answer reviewed at or after `since` (the start of the study day), restoring the
 * card's row exactly and removing the log row. Returns the undone log row (its `before` is the
 * restored state), or null if there is nothing to undo.
 */
export async function undoLastAnswer(db: CardsDB, since: number): Promise<ReviewLogRow | null> {
  return db.transaction('rw', [db.cardStates, db.reviewLogs], async () => {
    const last = await db.reviewLogs.orderBy('id').last();
    if (!last || last.id === undefined || last.reviewedAt < since) return null;
    await db.cardStates.put(last.before);
    await db.reviewLogs.delete(last.id);
    return last;
  });
}

/** How many answers can be undone now (newest first, within the study day). */
export async function undoableCount(db: CardsDB, since: number): Promise<number> {
  return db.reviewLogs.where('reviewedAt').aboveOrEqual(since).count();
}
