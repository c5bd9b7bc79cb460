// Suspend, unsuspend, bury until tomorrow, reset to new: each a small state change that bumps rev.
import { newSchedState } from '@/lib/srs/new-state';

import { cardTables, getCard } from './card-rows';
import { placeInQueue, type CardStateRow } from './rows';
import type { CardsDB } from './schema';

async function change(db: CardsDB, cardId: string, edit: (row: CardStateRow) => Partial<CardStateRow>): Promise<CardStateRow> {
  return db.transaction('rw', [db.cardStates, ...cardTables(db)], async () => {
    const row = await db.cardStates.get(cardId);
    if (!row) throw new Error(`No card ${cardId}.`);
    const card = await getCard(db, cardId);
    const kept = { ...row, ...edit(row), rev: row.rev + 1 };
    const next = { ...kept, ...placeInQueue(kept, card?.position ?? 0, card?.retired === 1) };
    await db.cardStates.put(next);
    return next;
  });
}

export const suspendCard = (db: CardsDB, cardId: string) => change(db, cardId, () => ({ suspended: 1 }));
export const unsuspendCard = (db: CardsDB, cardId: string) => change(db, cardId, () => ({ suspended: 0 }));

/** Hidden until the next study day starts (`until`). */
export const buryCard = (db: CardsDB, cardId: string, until: number) => change(db, cardId, () => ({ buriedUntil: until }));

/** Back to new: the memory state is forgotten; the review log keeps the history. */
export const resetCard = (db: CardsDB, cardId: string, now: number) =>
  change(db, cardId, () => ({ sched: newSchedState(now), buriedUntil: 0 }));

/**
 * Puts back a card's row as it was before one change (an undone bury or suspend). Refuses, returning
 * false, when the card changed again since (another tab), so newer progress is never overwritten.
 */
export async function restoreCardState(db: CardsDB, before: CardStateRow): Promise<boolean> {
  return db.transaction('rw', [db.cardStates], async () => {
    const row = await db.cardStates.get(before.cardId);
    if (!row || row.rev !== before.rev + 1) return false;
    await db.cardStates.put(before);
    return true;
  });
}
