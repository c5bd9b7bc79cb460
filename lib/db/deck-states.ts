// Ranges of one deck's card states on the [deckId+queue+due] index: one queue, or every queue (the
// whole deck). The index's deckId prefix stands in for a deckId index of its own, which version 9
// dropped: one index entry less to write for every card state.
import { Dexie } from 'dexie';

import type { CardsDB } from './schema';

/** One queue of a deck, every due date. */
export const queueRange = (db: CardsDB, deckId: string, queue: number) =>
  db.cardStates.where('[deckId+queue+due]').between([deckId, queue, Dexie.minKey], [deckId, queue, Dexie.maxKey], true, true);

/**
 * Every card state of a deck, whatever its queue: the two-part bounds sort before and after every
 * [deckId, queue, due] of the deck (three-part ones with maxKey twice made fake-indexeddb refuse the
 * range under Dexie's toArray).
 */
export const deckStates = (db: CardsDB, deckId: string) =>
  db.cardStates.where('[deckId+queue+due]').between([deckId, Dexie.minKey], [deckId, Dexie.maxKey], true, true);
