// A fresh fake-indexeddb database per test, plus a small bundle to load.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';

import { compileDecks, type CompiledCard, type DeckBundle } from '@/lib/decks';
import { withCardHtml } from '@/lib/decks/card-html';
import { jsdomMarkdownRenderer } from '@/lib/markdown/jsdom-renderer';
import { CardsDB, syncBundle } from '@/lib/db';
import { allCards } from '@/lib/db/card-rows';
import { LOG_EPOCH_KEY } from '@/lib/db/log-epoch';

import { BASIC, CHOICE, CLOZE, deck, TYPED } from '../decks/fixtures';

export function freshFactory(): IDBFactory {
  return new IDBFactory();
}

export function openDb(factory: IDBFactory, name = 'test'): CardsDB {
  return new CardsDB(name, { indexedDB: factory, IDBKeyRange });
}

const render = jsdomMarkdownRenderer();

/** A one-deck bundle as `npm run decks:build` makes it: compiled, each card with its HTML. */
export function bundleOf(...cards: string[]): DeckBundle {
  const { bundle, problems } = compileDecks([{ path: 'decks/sample.md', text: deck(...cards) }], false);
  if (problems.length) throw new Error(JSON.stringify(problems));
  return withCardHtml(bundle, render);
}

export const SAMPLE = () => bundleOf(BASIC, CHOICE, CLOZE, TYPED);

/** A fresh database with a bundle synced into it at `now` (the sample deck unless another is given). */
export async function loadedDb(now: number, bundle: DeckBundle = SAMPLE()): Promise<CardsDB> {
  const db = openDb(freshFactory());
  await syncBundle(db, bundle, now);
  return db;
}

export async function snapshot(db: CardsDB) {
  return {
    decks: await db.decks.toArray(),
    cards: (await allCards(db)).sort((a, b) => a.id.localeCompare(b.id)),
    cardStates: await db.cardStates.toArray(),
    reviewLogs: await db.reviewLogs.toArray(),
    importedLogs: await db.importedLogs.toArray(),
    // The log's epoch changes with every deletion from the log, by design (lib/db/log-epoch.ts).
    settings: (await db.settings.toArray()).filter((row) => row.key !== LOG_EPOCH_KEY),
  };
}

/** Empties the review log as the app deletes from it: with settings in the transaction (lib/db/log-epoch.ts). */
export const clearLog = (db: CardsDB) => db.transaction('rw', [db.reviewLogs, db.settings], () => db.reviewLogs.clear());

/** A plain basic card `i` of a deck, as imports and packs are tested with: `${deckId}-c${i}`, Q and A. */
export const basicCard = (deckId: string, i: number): CompiledCard => ({
  id: `${deckId}-c${i}`,
  deckId,
  kind: 'basic',
  prompt: `Q${i}`,
  answer: `A${i}`,
  source: '',
  sourceUrl: '',
  versions: [],
  tags: [],
  position: i,
  hash: `h${i}`,
});
