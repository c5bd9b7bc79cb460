// The containerd line the learner runs decides which cards are studied. A card whose versions exclude it
// is marked `otherVersion` and sits in its own queue: out of every count and queue, its schedule kept, and
// back where it was when the line changes. Cards marked `history` hold for every line (versionsHoldFor).
import type { StudyLine } from '@/lib/decks/releases';
import { versionsHoldFor } from '@/lib/decks/versions';

import { allCards, cardTables } from './card-rows';
import { placeInQueue, type CardRow, type CardStateRow } from './rows';
import type { CardsDB } from './schema';

/** The state row with its `otherVersion` mark set for this line (the mark is absent when the card holds). */
export function markForLine(row: CardStateRow, card: Pick<CardRow, 'versions'>, line: StudyLine): CardStateRow {
  if (!versionsHoldFor(card.versions, line)) return { ...row, otherVersion: 1 };
  const rest = { ...row };
  delete rest.otherVersion;
  return rest;
}

/** A state row marked for the line and placed in the queue index accordingly. */
export function placeForLine(row: CardStateRow, card: Pick<CardRow, 'versions' | 'position' | 'retired'>, line: StudyLine): CardStateRow {
  const marked = markForLine(row, card, line);
  return { ...marked, ...placeInQueue(marked, card.position, card.retired === 1) };
}

/**
 * Marks every card for the line, writing only the rows that move (their rev bumped, so a tab still
 * showing one cannot answer it). Runs inside the caller's transaction when there is one.
 */
export async function applyStudyLine(db: CardsDB, line: StudyLine): Promise<number> {
  return db.transaction('rw', [...cardTables(db), db.cardStates], async () => {
    const [cards, states] = await Promise.all([allCards(db), db.cardStates.toArray()]);
    const byId = new Map(cards.map((c) => [c.id, c]));
    const moved: CardStateRow[] = [];
    for (const state of states) {
      const card = byId.get(state.cardId);
      if (!card) continue;
      const next = placeForLine(state, card, line);
      if (next.queue !== state.queue || next.otherVersion !== state.otherVersion) moved.push({ ...next, rev: state.rev + 1 });
    }
    await db.cardStates.bulkPut(moved);
    return moved.length;
  });
}
