// A player's misses from a live game, sent into this device's own review: the cards this device
// holds (bundled decks, own decks) become due now exactly as the host's missed cards do
// (sendMissedToReview); cards it does not hold (a host's own deck) are named back, not invented.
import { getCards } from './card-rows';
import { sendMissedToReview } from './quiz-reports';
import type { CardsDB } from './schema';

export interface MissesAdded {
  /** Cards now due in this device's study. */
  added: number;
  /** Cards held here but suspended or retired: left as they are. */
  kept: string[];
  /** Cards this device does not hold. */
  notHere: string[];
}

export async function addMissesToStudy(db: CardsDB, cardIds: string[], now: number): Promise<MissesAdded> {
  const ids = [...new Set(cardIds)];
  const [cards, states] = await Promise.all([getCards(db, ids), db.cardStates.bulkGet(ids)]);
  const notHere = ids.filter((_, i) => cards[i] === undefined);
  const kept = ids.filter((_, i) => cards[i] !== undefined && (cards[i]?.retired || !states[i] || states[i]?.suspended));
  const studyable = ids.filter((id) => !notHere.includes(id) && !kept.includes(id));
  const added = await sendMissedToReview(db, studyable, now);
  return { added, kept, notHere };
}
