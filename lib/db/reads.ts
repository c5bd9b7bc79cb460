// Small reads the screens need, kept here so IndexedDB is touched only inside lib/db.
import type { StudyLine } from '@/lib/decks/releases';
import { versionsHoldFor } from '@/lib/decks/versions';

import { cardsOfDeck, cardsOfDecks } from './card-rows';
import type { CardRow, CardStateRow, DeckRow } from './rows';
import type { CardsDB } from './schema';

export const listDecks = (db: CardsDB): Promise<DeckRow[]> => db.decks.orderBy('order').toArray();

export const getDeck = (db: CardsDB, deckId: string): Promise<DeckRow | undefined> => db.decks.get(deckId);

export { getCard } from './card-rows';

export const getCardState = (db: CardsDB, cardId: string): Promise<CardStateRow | undefined> => db.cardStates.get(cardId);

export const hasDecks = async (db: CardsDB): Promise<boolean> => (await db.decks.count()) > 0;

/**
 * The cards of these decks the team quiz can ask, still in their deck: multiple choice, true/false, typed,
 * order, and diagram cards that ask to point; with a version, only the cards that hold for it.
 */
export async function quizCardsOf(db: CardsDB, deckIds: string[], version: StudyLine | null = null): Promise<CardRow[]> {
  const rows = await cardsOfDecks(db, deckIds);
  const asked = new Set(['choice', 'truefalse', 'typed', 'order']);
  return rows.filter(
    (c) =>
      (asked.has(c.kind) || (c.kind === 'diagram' && c.diagram?.interaction === 'point')) &&
      c.retired === 0 &&
      (version === null || versionsHoldFor(c.versions, version)),
  );
}

/** A deck's cards in deck order, retired ones left out (for a text export). */
export async function deckCards(db: CardsDB, deckId: string): Promise<CardRow[]> {
  const rows = await cardsOfDeck(db, deckId);
  return rows.filter((c) => c.retired === 0).sort((a, b) => a.position - b.position);
}
