/** @jest-environment node */
import {
  allCards,
  cardsOfDeck,
  cardsOfDecks,
  cardTables,
  deleteDeckCards,
  getCard,
  getCards,
  packCards,
  PACK_BYTES,
  PACK_SIZE,
  putDeckPacks,
  removeCards,
} from '@/lib/db/card-rows';
import type { CardRow } from '@/lib/db/rows';

import { basicCard, freshFactory, loadedDb, openDb } from './helpers';

const NOW = Date.UTC(2026, 5, 1, 12);

const card = (deckId: string, i: number): CardRow => ({ ...basicCard(deckId, i), retired: 0 });
const deckOf = (deckId: string, n: number) => Array.from({ length: n }, (_, i) => card(deckId, i));
const ids = (cards: (CardRow | undefined)[]) => cards.map((c) => c?.id);

/** The sample deck as rows (deck sync), `packed` as packs of 150 cards, `old` as rows (an import before version 11). */
async function mixedDb() {
  const db = await loadedDb(NOW);
  await db.transaction('rw', cardTables(db), async () => {
    await Promise.all(putDeckPacks(db, 'packed', deckOf('packed', 150)));
    await db.cards.bulkPut(deckOf('old', 5));
  });
  return db;
}

describe('card rows', () => {
  it('packs a deck PACK_SIZE cards to a row', async () => {
    const db = await mixedDb();
    expect(await db.cardPacks.count()).toBe(Math.ceil(150 / PACK_SIZE));
    expect((await db.cardPacks.toArray()).map((p) => p.cardIds.length)).toEqual([64, 64, 22]);
    expect(await db.cards.where('deckId').equals('packed').count()).toBe(0);
  });

  it('closes a pack before it would pass PACK_BYTES, where Chromium would store it as a file', () => {
    const big = (i: number, text: string) => ({ ...card('big', i), html: { prompt: text, answer: '' } });
    const ascii = packCards(
      'big',
      Array.from({ length: 10 }, (_, i) => big(i, 'x'.repeat(20_000))),
    );
    expect(ascii.map((p) => p.cards.length)).toEqual([2, 2, 2, 2, 2]);
    expect(ascii.every((p) => JSON.stringify(p).length < PACK_BYTES)).toBe(true);
    // A string with a character past Latin-1 takes two bytes a character.
    expect(
      packCards(
        'big',
        Array.from({ length: 4 }, (_, i) => big(i, '\u00e9\u4e2d'.repeat(8_000))),
      ).map((p) => p.cards.length),
    ).toEqual([1, 1, 1, 1]);
    // One card bigger than a pack gets one of its own.
    expect(packCards('big', [big(0, 'x'.repeat(80_000)), card('big', 1)]).map((p) => p.cardIds)).toEqual([['big-c0'], ['big-c1']]);
  });

  it('finds a card in a pack or a row, one or many, in the order asked, undefined for an unknown id', async () => {
    const db = await mixedDb();
    expect(await getCard(db, 'packed-c70')).toMatchObject({ id: 'packed-c70', deckId: 'packed', prompt: 'Q70' });
    expect(await getCard(db, 'sample-basic')).toMatchObject({ id: 'sample-basic', deckId: 'sample' });
    expect(await getCard(db, 'old-c3')).toMatchObject({ id: 'old-c3', deckId: 'old' });
    expect(await getCard(db, 'nowhere')).toBeUndefined();
    const asked = ['packed-c149', 'sample-choice', 'nowhere', 'packed-c0', 'old-c1', 'packed-c64'];
    expect(ids(await getCards(db, asked))).toEqual(['packed-c149', 'sample-choice', undefined, 'packed-c0', 'old-c1', 'packed-c64']);
    expect(ids(await getCards(db, ['nowhere']))).toEqual([undefined]);
  });

  it("lists a deck's cards whether packed or rows, and every card once", async () => {
    const db = await mixedDb();
    expect(await cardsOfDeck(db, 'packed')).toHaveLength(150);
    expect(await cardsOfDeck(db, 'old')).toHaveLength(5);
    expect((await cardsOfDecks(db, ['packed', 'old', 'sample'])).length).toBe(150 + 5 + 4);
    const all = ids(await allCards(db));
    expect(all).toHaveLength(159);
    expect(new Set(all).size).toBe(159);
  });

  it("deletes a deck's packs and rows, and takes single cards out of their packs", async () => {
    const db = await mixedDb();
    // A deck with both: rows from before version 11 and packs.
    await db.transaction('rw', cardTables(db), () => db.cards.bulkPut(deckOf('packed', 200).slice(150)));
    expect(await cardsOfDeck(db, 'packed')).toHaveLength(200);
    await db.transaction('rw', cardTables(db), () => deleteDeckCards(db, 'packed'));
    expect(await cardsOfDeck(db, 'packed')).toEqual([]);
    expect(await db.cardPacks.count()).toBe(0);
    expect(await cardsOfDeck(db, 'old')).toHaveLength(5);

    const other = openDb(freshFactory());
    await other.transaction('rw', cardTables(other), () => Promise.all(putDeckPacks(other, 'd', deckOf('d', 65))));
    await other.transaction('rw', cardTables(other), () => removeCards(other, ['d-c1', 'd-c64']));
    expect(await getCard(other, 'd-c1')).toBeUndefined();
    expect((await cardsOfDeck(other, 'd')).length).toBe(63);
    // The second pack held only d-c64: it is gone, not left empty.
    expect((await other.cardPacks.toArray()).map((p) => [p.id, p.cardIds.length])).toEqual([['d#0', 63]]);
  });
});
