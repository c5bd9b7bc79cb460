// Every read and write of cards goes through here. A bundled deck's cards are a row each in `cards`
// (deck sync writes and retires them one by one); an imported deck's are packed PACK_SIZE to a row in
// `cardPacks` (version 11), because IndexedDB charges per row written whatever its size (README, "Anki
// packages"). Cards an import wrote as rows before version 11 stay rows until their deck is imported
// again or deleted. Every reader here reads both, so callers get card rows whatever the storage.
import { Dexie, type Table } from 'dexie';

import type { CardPackRow, CardRow } from './rows';
import type { CardsDB } from './schema';

/** Cards per pack: a pack is written as cheaply as one card, and reading one card decodes at most this many. */
export const PACK_SIZE = 64;

/** Cards per bulk write of packs. */
const CARDS_PER_WRITE = 20_000;

/** The tables a transaction that reads or writes cards needs in its scope. */
export const cardTables = (db: CardsDB): [Table<CardRow, string>, Table<CardPackRow, string>] => [db.cards, db.cardPacks];

const unpack = (packs: CardPackRow[]): CardRow[] => packs.flatMap((p) => p.cards);

// Dexie's promises all through, and no request waiting on another: inside a caller's transaction, an
// async function or a chain of requests here outlasts Dexie's zone where the caller awaits it with others
// (Promise.all), and the caller's next request then finds the transaction committed.

/** One card: its row, else the pack that holds it (both asked at once: one round trip, not two in a row). */
export const getCard = (db: CardsDB, cardId: string): PromiseLike<CardRow | undefined> =>
  Dexie.Promise.all([db.cards.get(cardId), db.cardPacks.where('cardIds').equals(cardId).first()]).then(
    ([row, pack]) => row ?? pack?.cards.find((c) => c.id === cardId),
  );

/** These cards in the order asked, undefined for an id no deck has (rows and packs asked at once). */
export const getCards = (db: CardsDB, cardIds: string[]): PromiseLike<(CardRow | undefined)[]> =>
  Dexie.Promise.all([db.cards.bulkGet(cardIds), db.cardPacks.where('cardIds').anyOf(cardIds).toArray()]).then(([rows, packs]) => {
    const packed = new Map(unpack(packs).map((c) => [c.id, c]));
    return rows.map((row, i) => row ?? packed.get(cardIds[i]!));
  });

/** Every card of these decks, retired ones too, in no particular order. */
export const cardsOfDecks = (db: CardsDB, deckIds: string[]): PromiseLike<CardRow[]> =>
  Dexie.Promise.all([db.cards.where('deckId').anyOf(deckIds).toArray(), db.cardPacks.where('deckId').anyOf(deckIds).toArray()]).then(
    ([rows, packs]) => [...rows, ...unpack(packs)],
  );

export const cardsOfDeck = (db: CardsDB, deckId: string): PromiseLike<CardRow[]> => cardsOfDecks(db, [deckId]);

/** Every card of every deck, retired ones too. */
export const allCards = (db: CardsDB): PromiseLike<CardRow[]> =>
  Dexie.Promise.all([db.cards.toArray(), db.cardPacks.toArray()]).then(([rows, packs]) => [...rows, ...unpack(packs)]);

/** The cards stored a row each that pass `keep`: the bundled decks' (deck sync's), and imports from before version 11. */
export const cardRowsWhere = (db: CardsDB, keep: (card: CardRow) => boolean): PromiseLike<CardRow[]> => db.cards.filter(keep).toArray();

/** Writes cards a row each: a bundled deck's, which deck sync adds and retires one by one. */
export const putCardRows = (db: CardsDB, cards: CardRow[]): PromiseLike<unknown> => db.cards.bulkPut(cards);

/** Marks a card stored as a row retired (deck sync, when the bundle no longer has it). */
export const retireCardRow = (db: CardsDB, cardId: string): PromiseLike<unknown> => db.cards.update(cardId, { retired: 1 });

/** Deletes a deck's cards, its packs and any rows. */
export const deleteDeckCards = (db: CardsDB, deckId: string): PromiseLike<unknown> =>
  Dexie.Promise.all([db.cards.where('deckId').equals(deckId).delete(), db.cardPacks.where('deckId').equals(deckId).delete()]);

/** Takes these cards out of wherever they are stored (a card an import moves to another deck). */
export function removeCards(db: CardsDB, cardIds: string[]): PromiseLike<unknown> {
  const gone = new Set(cardIds);
  return db.cardPacks
    .where('cardIds')
    .anyOf(cardIds)
    .distinct()
    .toArray()
    .then((packs) => {
      const kept = packs.map((p) => ({ ...p, cards: p.cards.filter((c) => !gone.has(c.id)) }));
      return Dexie.Promise.all([
        db.cards.bulkDelete(cardIds),
        db.cardPacks.bulkDelete(kept.filter((p) => p.cards.length === 0).map((p) => p.id)),
        db.cardPacks.bulkPut(kept.filter((p) => p.cards.length > 0).map((p) => ({ ...p, cardIds: p.cards.map((c) => c.id) }))),
      ]);
    });
}

/**
 * Bytes a pack may hold, about: Chromium stores a value over 64 KiB serialized as a blob file beside
 * its database (IDBValueWrapper's kWrapThreshold), a file written and read for every pack. Cards with
 * a lot of HTML fill a pack before PACK_SIZE.
 */
export const PACK_BYTES = 56 * 1024;

const TWO_BYTE = /[^\u0000-\u00ff]/;

/**
 * About what a value costs serialized: its strings' lengths (doubled for a string that needs two bytes
 * a character, as V8 then stores it) and a little per key and value. A walk, not JSON.stringify: a
 * tenth of the time over 50,000 cards.
 */
function valueBytes(value: unknown): number {
  if (typeof value === 'string') return TWO_BYTE.test(value) ? 2 * value.length + 4 : value.length + 4;
  if (typeof value !== 'object' || value === null) return 9;
  let bytes = 2;
  if (Array.isArray(value)) for (const item of value as unknown[]) bytes += valueBytes(item);
  else for (const key in value) bytes += key.length + 2 + valueBytes((value as Record<string, unknown>)[key]);
  return bytes;
}

/** A deck's cards as packs, in the order given: PACK_SIZE to a pack, fewer when they would pass PACK_BYTES. */
export function packCards(deckId: string, cards: CardRow[]): CardPackRow[] {
  const packs: CardPackRow[] = [];
  let chunk: CardRow[] = [];
  let bytes = 0;
  const close = () => {
    packs.push({ id: `${deckId}#${packs.length}`, deckId, cardIds: chunk.map((c) => c.id), cards: chunk });
    chunk = [];
    bytes = 0;
  };
  for (const card of cards) {
    const size = valueBytes(card);
    if (chunk.length === PACK_SIZE || (chunk.length > 0 && bytes + size > PACK_BYTES)) close();
    chunk.push(card);
    bytes += size;
  }
  if (chunk.length > 0) close();
  return packs;
}

/**
 * Writes a deck's cards as packs, over a deck with none (deleteDeckCards first to replace them). The
 * writes are issued at once, a bulk write per CARDS_PER_WRITE cards; `onWritten` hears how many cards
 * each held as it lands. Returns the writes, to await when the caller is ready to.
 */
export function putDeckPacks(db: CardsDB, deckId: string, cards: CardRow[], onWritten?: (cards: number) => void): PromiseLike<void>[] {
  const packs = packCards(deckId, cards);
  const perWrite = Math.ceil(CARDS_PER_WRITE / PACK_SIZE);
  const writes: PromiseLike<void>[] = [];
  for (let at = 0; at < packs.length; at += perWrite) {
    const chunk = packs.slice(at, at + perWrite);
    const write = db.cardPacks.bulkPut(chunk).then(() => onWritten?.(chunk.reduce((n, p) => n + p.cards.length, 0)));
    write.catch(() => undefined);
    writes.push(write);
  }
  return writes;
}
