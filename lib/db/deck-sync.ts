// Loads the bundled decks into IndexedDB, on first run and whenever a new app version ships changed
// decks. Content is replaced; progress never is: unchanged cards keep their state, edited cards keep
// their schedule, removed cards are retired (logs kept, back if the card returns), new cards arrive new.
// Imported decks (origin 'imported') are the learner's own: sync never retires or removes them.
import type { DeckBundle } from '@/lib/decks';
import { newSchedState } from '@/lib/srs/new-state';

import { cardRowsWhere, cardTables, getCards, putCardRows, retireCardRow } from './card-rows';
import { readPrefs } from './prefs';
import { placeInQueue, type CardRow, type CardStateRow, type DeckRow } from './rows';
import type { CardsDB } from './schema';
import { placeForLine } from './study-line';

const BUNDLE_KEY = 'bundleVersion';

export interface SyncReport {
  added: number;
  updated: number;
  retired: number;
  restored: number;
  unchanged: number;
}

export async function bundledVersion(db: CardsDB): Promise<string | undefined> {
  return (await db.settings.get(BUNDLE_KEY))?.value as string | undefined;
}

export async function syncBundle(db: CardsDB, bundle: DeckBundle, now: number): Promise<SyncReport> {
  const report: SyncReport = { added: 0, updated: 0, retired: 0, restored: 0, unchanged: 0 };
  const fresh = newSchedState(now);
  await db.transaction('rw', [db.decks, ...cardTables(db), db.cardStates, db.settings], async () => {
    if ((await bundledVersion(db)) === bundle.version) return;
    const { studyLine } = await readPrefs(db);
    const bundleCardIds = new Set<string>();
    for (const deck of bundle.decks) {
      const { cards, ...meta } = deck;
      const deckRow: DeckRow = { ...meta, cardCount: cards.length, origin: 'bundled' };
      await db.decks.put(deckRow);
      // Two bulk reads per deck, not two reads per card: first run writes every card.
      const ids = cards.map((c) => c.id);
      const [oldCards, oldStates] = await Promise.all([getCards(db, ids), db.cardStates.bulkGet(ids)]);
      const cardPuts: CardRow[] = [];
      const statePuts: CardStateRow[] = [];
      for (const [i, card] of cards.entries()) {
        bundleCardIds.add(card.id);
        const old = oldCards[i];
        const state = oldStates[i];
        if (!old || !state) {
          report.added++;
          cardPuts.push({ ...card, retired: 0 });
          const base = { cardId: card.id, deckId: deck.id, sched: fresh, suspended: 0 as const, buriedUntil: 0, flag: 0, rev: 0 };
          statePuts.push(placeForLine({ ...base, ...placeInQueue(base, card.position, false) }, { ...card, retired: 0 }, studyLine));
          continue;
        }
        const moved = old.deckId !== card.deckId || old.position !== card.position;
        if (old.retired) report.restored++;
        else if (old.hash !== card.hash) report.updated++;
        else if (!moved) {
          report.unchanged++;
          continue;
        }
        cardPuts.push({ ...card, retired: 0 });
        statePuts.push(placeForLine({ ...state, deckId: deck.id, rev: state.rev + 1 }, { ...card, retired: 0 }, studyLine));
      }
      await putCardRows(db, cardPuts);
      await db.cardStates.bulkPut(statePuts);
    }
    const imported = new Set((await db.decks.where('origin').equals('imported').primaryKeys()) as string[]);
    const gone = await cardRowsWhere(db, (c) => !bundleCardIds.has(c.id) && c.retired === 0 && !imported.has(c.deckId));
    for (const card of gone) {
      report.retired++;
      await retireCardRow(db, card.id);
      const state = await db.cardStates.get(card.id);
      if (state) {
        const kept = { ...state, rev: state.rev + 1 };
        await db.cardStates.put({ ...kept, ...placeInQueue(kept, card.position, true) });
      }
    }
    const bundleDeckIds = new Set(bundle.decks.map((d) => d.id));
    await db.decks.filter((d) => !bundleDeckIds.has(d.id) && d.origin !== 'imported').delete();
    await db.settings.put({ key: BUNDLE_KEY, value: bundle.version });
  });
  return report;
}
