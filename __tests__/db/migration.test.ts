/** @jest-environment node */
import { Dexie } from 'dexie';
import { IDBKeyRange } from 'fake-indexeddb';

import {
  loadDeckQueue,
  DEFAULT_PREFS,
  readOptimizerReviews,
  STORES_V1,
  STORES_V2,
  STORES_V3,
  STORES_V4,
  STORES_V7,
  STORES_V8,
  STORES_V9,
  syncBundle,
  type ReviewLogRow,
} from '@/lib/db';
import { cardDetail, deckProgress, searchCards } from '@/lib/db/browse-queries';
import { allCards, cardsOfDeck, getCard, getCards } from '@/lib/db/card-rows';
import { deleteImportedDeck, progressForExport, saveImport } from '@/lib/db/imported-decks';
import { deckCards, quizCardsOf } from '@/lib/db/reads';
import { replayReviews } from '@/lib/anki/replay';
import type { ImportedDeck } from '@/lib/anki/imported';
import { createScheduler } from '@/lib/srs/fsrs-adapter';
import { digestChunk } from '@/lib/db/log-digest';
import { readCardSource, readStatsSource } from '@/lib/db/stats-source';

import { freshFactory, openDb, SAMPLE } from './helpers';

/** A database as an earlier version of the app wrote it, in a factory the current version then opens. */
function oldDatabase(name: string, version: number, stores: Record<string, string>) {
  const factory = freshFactory();
  const old = new Dexie(name, { indexedDB: factory, IDBKeyRange });
  old.version(version).stores(stores);
  return { factory, old };
}

/** A card's review schedule as the old versions stored it. */
const reviewSched = (changes: Record<string, unknown> = {}) => ({
  phase: 'review',
  due: 5,
  stability: 3,
  difficulty: 5,
  elapsedDays: 0,
  scheduledDays: 3,
  learningSteps: 0,
  reps: 2,
  lapses: 0,
  lastReview: 1,
  ...changes,
});

/** A basic card row as the old versions stored it (version 1 had no `retired`). */
const oldCard = (changes: Record<string, unknown> = {}) => ({
  id: 'runc-one',
  deckId: 'runc',
  kind: 'basic',
  prompt: 'p',
  answer: 'a',
  source: 's',
  sourceUrl: 'u',
  versions: [],
  tags: [],
  position: 0,
  hash: 'x',
  ...changes,
});

describe('schema migrations', () => {
  it('opens a database written by version 1 with the current version', async () => {
    const { factory, old: v1 } = oldDatabase('migrate', 1, STORES_V1);
    await v1.table('decks').put({ id: 'runc', title: 'runc', summary: 's', order: 4, sources: [], hash: 'h', cardCount: 1 });
    await v1.table('cards').put(oldCard());
    const sched = reviewSched();
    const newSched = { ...sched, phase: 'new', reps: 0, stability: 0, difficulty: 0, scheduledDays: 0 };
    await v1.table('cardStates').put({ cardId: 'runc-one', deckId: 'runc', queue: 2, due: 5, sched, suspended: 0, buriedUntil: 0 });
    const before = { cardId: 'runc-one', deckId: 'runc', queue: 0, due: 0, sched: newSched, suspended: 0, buriedUntil: 0 };
    await v1
      .table('reviewLogs')
      .add({ cardId: 'runc-one', deckId: 'runc', rating: 3, reviewedAt: 1, timeZone: 'UTC', durationMs: 900, before, after: sched });
    v1.close();

    const db = openDb(factory, 'migrate');
    await db.open();
    expect(db.verno).toBe(11);
    expect(await getCard(db, 'runc-one')).toMatchObject({ retired: 0 });
    expect(await db.cardStates.get('runc-one')).toMatchObject({ rev: 0, flag: 0, sched });
    expect(await db.reviewLogs.where('[deckId+reviewedAt]').between(['runc', 0], ['runc', 10]).count()).toBe(1);
    const q = await loadDeckQueue(db, 'runc', 10, { ...DEFAULT_PREFS, timeZone: 'UTC' });
    expect(q.next?.cardId).toBe('runc-one');
  });

  it('opens a database written by version 2 with the current version', async () => {
    const { factory, old: v2 } = oldDatabase('migrate-v2', 2, STORES_V2);
    const sched = reviewSched();
    await v2.table('cards').put(oldCard({ retired: 0 }));
    await v2
      .table('cardStates')
      .put({ cardId: 'runc-one', deckId: 'runc', queue: 2, due: 5, sched, suspended: 0, buriedUntil: 0, flag: 2, rev: 7 });
    await v2.table('settings').put({ key: 'prefs', value: { theme: 'dark' } });
    v2.close();

    const db = openDb(factory, 'migrate-v2');
    await db.open();
    expect(db.verno).toBe(11);
    expect(await db.cardStates.get('runc-one')).toEqual({
      cardId: 'runc-one',
      deckId: 'runc',
      queue: 2,
      due: 5,
      sched,
      suspended: 0,
      buriedUntil: 0,
      flag: 2,
      rev: 7,
    });
    expect(await db.settings.get('prefs')).toEqual({ key: 'prefs', value: { theme: 'dark' } });
    expect(await db.quizReports.count()).toBe(0);
    const id = await db.quizReports.add({ createdAt: 9, mode: 'live', decks: ['runc'], players: [], questions: [] });
    expect(await db.quizReports.orderBy('createdAt').first()).toMatchObject({ id, mode: 'live' });
  });

  it('opens a database written by version 3 with the current version, and digests its log for the statistics', async () => {
    const { factory, old: v3 } = oldDatabase('migrate-v3', 3, STORES_V3);
    const sched = reviewSched();
    const before = { cardId: 'runc-one', deckId: 'runc', queue: 2, due: 5, sched, suspended: 0, buriedUntil: 0, flag: 0, rev: 3 };
    await v3.table('decks').put({ id: 'runc', title: 'runc', summary: 's', order: 4, sources: [], hash: 'h', cardCount: 1 });
    await v3.table('cardStates').put({ ...before, rev: 4 });
    await v3.table('reviewLogs').add({
      cardId: 'runc-one',
      deckId: 'runc',
      rating: 1,
      reviewedAt: 86_400_001,
      timeZone: 'UTC',
      durationMs: 900,
      before,
      after: sched,
    });
    await v3.table('quizReports').add({ createdAt: 9, mode: 'live', decks: ['runc'], players: [], questions: [] });
    v3.close();

    const db = openDb(factory, 'migrate-v3');
    await db.open();
    expect(db.verno).toBe(11);
    expect(await db.logDigests.count()).toBe(0);
    expect(await db.quizReports.count()).toBe(1);
    const source = await readStatsSource(db, 'runc');
    expect(source.logs.length).toBe(1);
    expect(source.logs.rating[0]).toBe(1);
    expect(source.logs.elapsedDays[0]).toBe(1);
    expect(source.cards.length).toBe(1);
    expect(await db.logDigests.count()).toBe(1);
  });

  it('opens a database written by version 4: its decks are bundled, the media table is there, and sync still replaces them', async () => {
    const { factory, old: v4 } = oldDatabase('migrate-v4', 4, STORES_V4);
    await v4.table('decks').put({ id: 'runc', title: 'runc', summary: 's', order: 4, sources: [], hash: 'h', cardCount: 0 });
    await v4.table('decks').put({ id: 'gone', title: 'Gone', summary: 's', order: 5, sources: [], hash: 'h', cardCount: 0 });
    v4.close();

    const db = openDb(factory, 'migrate-v4');
    await db.open();
    expect(db.verno).toBe(11);
    expect((await db.decks.toArray()).map((d) => d.origin)).toEqual(['bundled', 'bundled']);
    expect(await db.decks.where('origin').equals('bundled').count()).toBe(2);
    expect(await db.media.count()).toBe(0);
    await syncBundle(db, SAMPLE(), 1);
    expect(await db.decks.get('gone')).toBeUndefined();
  });

  it('opens a database written by version 7: history imported then stays in the log, and the statistics and optimizer still read it', async () => {
    const { factory, old: v7 } = oldDatabase('migrate-v7', 7, STORES_V7);
    const sched = reviewSched({ reps: 1 });
    const newSched = { ...sched, phase: 'new', reps: 0, stability: 0, difficulty: 0, scheduledDays: 0, lastReview: null };
    await v7
      .table('decks')
      .put({ id: 'imp-old', title: 'Old import', summary: '', order: 9, sources: [], hash: 'h', cardCount: 1, origin: 'imported' });
    const before = {
      cardId: 'imp-old-c',
      deckId: 'imp-old',
      queue: 0,
      due: 0,
      sched: newSched,
      suspended: 0,
      buriedUntil: 0,
      flag: 0,
      rev: 0,
    };
    await v7
      .table('reviewLogs')
      .add({ cardId: 'imp-old-c', deckId: 'imp-old', rating: 3, reviewedAt: 1, timeZone: 'UTC', durationMs: 900, before, after: sched });
    v7.close();

    const db = openDb(factory, 'migrate-v7');
    await db.open();
    expect(db.verno).toBe(11);
    expect(await db.importedLogs.count()).toBe(0);
    expect((await readStatsSource(db, 'imp-old')).logs.length).toBe(1);
    expect(await readOptimizerReviews(db)).toEqual([{ cardId: 'imp-old-c', reviewedAt: 1, rating: 3, wasNew: true }]);
  });

  it('opens a database written by version 8 without the two dropped indexes, and every deck-scoped read still finds its deck', async () => {
    const { factory, old: v8 } = oldDatabase('migrate-v8', 8, STORES_V8);
    const sched = (phase: string, scheduledDays: number) =>
      reviewSched({ phase, scheduledDays, reps: phase === 'new' ? 0 : 2, lastReview: phase === 'new' ? null : 1 });
    const card = (deckId: string, id: string, position: number, retired: 0 | 1) =>
      oldCard({ id, deckId, prompt: `prompt ${id}`, sourceUrl: '', position, hash: id, retired });
    const state = (deckId: string, cardId: string, queue: number, s: ReturnType<typeof sched>, suspended: 0 | 1 = 0) => ({
      cardId,
      deckId,
      queue,
      due: queue === 0 ? 0 : s.due,
      sched: s,
      suspended,
      buriedUntil: 0,
      flag: 0,
      rev: 0,
    });
    for (const id of ['a', 'b']) {
      await v8
        .table('decks')
        .put({ id, title: id, summary: '', order: id === 'a' ? 1 : 2, sources: [], hash: 'h', cardCount: 4, origin: 'imported' });
    }
    await v8
      .table('cards')
      .bulkPut([
        card('a', 'a-new', 0, 0),
        card('a', 'a-mature', 1, 0),
        card('a', 'a-young', 2, 0),
        card('a', 'a-gone', 3, 1),
        card('b', 'b-new', 0, 0),
      ]);
    await v8
      .table('cardStates')
      .bulkPut([
        state('a', 'a-new', 0, sched('new', 0)),
        state('a', 'a-mature', 2, sched('review', 30)),
        state('a', 'a-young', -1, sched('review', 3), 1),
        state('a', 'a-gone', -3, sched('review', 3)),
        state('b', 'b-new', 0, sched('new', 0)),
      ]);
    v8.close();

    const db = openDb(factory, 'migrate-v8');
    await db.open();
    expect(db.verno).toBe(11);
    const idb = db.backendDB();
    const indexes = (table: string) => [...idb.transaction(table).objectStore(table).indexNames].sort();
    expect(indexes('cards')).toEqual(['deckId']);
    expect(indexes('cardStates')).toEqual(['[deckId+queue+due]', '[queue+due]']);
    expect(await db.cardStates.count()).toBe(5);

    expect(await deckProgress(db, 'a')).toEqual({ new: 1, learning: 0, young: 0, mature: 1, suspended: 1, total: 3 });
    const review = await searchCards(db, { text: '', deckId: 'a', status: 'review', showRetired: true, limit: 10 });
    expect(review.hits.map((h) => h.card.id).sort()).toEqual(['a-gone', 'a-mature']);
    expect((await readCardSource(db, 'a')).counted).toEqual({ new: 1, suspended: 1, retired: 1 });

    await deleteImportedDeck(db, 'a');
    expect((await db.cardStates.toArray()).map((s) => s.cardId)).toEqual(['b-new']);
    expect((await allCards(db)).map((c) => c.id)).toEqual(['b-new']);
  });
  it('opens a database written by version 9: its statistics digest, made before deletions changed the log epoch, is made again', async () => {
    const { factory, old: v9 } = oldDatabase('migrate-v9', 9, STORES_V9);
    await v9
      .table('decks')
      .put({ id: 'runc', title: 'runc', summary: 's', order: 4, sources: [], hash: 'h', cardCount: 1, origin: 'bundled' });
    const sched = reviewSched();
    const before = { cardId: 'runc-one', deckId: 'runc', queue: 2, due: 5, sched, suspended: 0, buriedUntil: 0, flag: 0, rev: 1 };
    const log = { cardId: 'runc-one', deckId: 'runc', timeZone: 'UTC', durationMs: 900, before, after: sched };
    await v9.table('reviewLogs').bulkAdd([
      { ...log, rating: 3, reviewedAt: 1 },
      { ...log, rating: 1, reviewedAt: 2 },
    ]);
    // Version 9 digested both answers, then deleted the first (an undo in another tab), leaving no epoch.
    await v9.table('logDigests').put(digestChunk(0, (await v9.table('reviewLogs').toArray()) as ReviewLogRow[]));
    await v9.table('reviewLogs').delete(1);
    v9.close();

    const db = openDb(factory, 'migrate-v9');
    await db.open();
    expect(db.verno).toBe(11);
    expect(await db.logDigests.count()).toBe(0);
    const source = await readStatsSource(db, 'runc');
    expect(Array.from(source.logs.rating)).toEqual([1]);
  });
  it('opens a database written by version 10 with an imported deck as card rows: every reader sees them, and a re-import packs them', async () => {
    const { factory, old: v10 } = oldDatabase('migrate-v10', 10, STORES_V9);
    await v10
      .table('decks')
      .put({ id: 'imp', title: 'Mine', summary: '', order: 1, sources: [], hash: 'h', cardCount: 3, origin: 'imported' });
    const cards = [0, 1, 2].map((i) =>
      oldCard({ id: `imp-${i}`, deckId: 'imp', prompt: `prompt ${i}`, kind: 'typed', position: i, hash: `h${i}`, retired: 0 }),
    );
    await v10.table('cards').bulkPut(cards);
    const newSched = reviewSched({ phase: 'new', reps: 0, stability: 0, difficulty: 0, scheduledDays: 0, lastReview: null });
    await v10.table('cardStates').bulkPut(
      cards.map((c, i) => ({
        cardId: c.id,
        deckId: 'imp',
        queue: 0,
        due: i,
        sched: newSched,
        suspended: 0,
        buriedUntil: 0,
        flag: 0,
        rev: 0,
      })),
    );
    v10.close();

    const db = openDb(factory, 'migrate-v10');
    await db.open();
    expect(db.verno).toBe(11);
    expect(await db.cardPacks.count()).toBe(0);
    expect(await getCard(db, 'imp-1')).toMatchObject({ deckId: 'imp', prompt: 'prompt 1' });
    expect((await getCards(db, ['imp-2', 'nowhere', 'imp-0'])).map((c) => c?.id)).toEqual(['imp-2', undefined, 'imp-0']);
    expect((await deckCards(db, 'imp')).map((c) => c.id)).toEqual(['imp-0', 'imp-1', 'imp-2']);
    expect((await quizCardsOf(db, ['imp'])).map((c) => c.id).sort()).toEqual(['imp-0', 'imp-1', 'imp-2']);
    const found = await searchCards(db, { text: 'prompt', deckId: null, status: 'all', showRetired: false, limit: 10 });
    expect(found.total).toBe(3);
    expect((await progressForExport(db)).decks[0]!.cards).toHaveLength(3);
    expect((await cardDetail(db, 'imp-2'))!.card.position).toBe(2);

    // The file again, without imp-2: the deck's rows become packs, imp-2 retired among them.
    const deck = {
      id: 'imp',
      title: 'Mine',
      summary: '',
      sources: [],
      cards: cards.slice(0, 2) as unknown as ImportedDeck['cards'],
    };
    const saved = await saveImport(
      db,
      { decks: [deck], media: [], replay: replayReviews(createScheduler(), []) },
      { now: 10, timeZone: 'UTC' },
    );
    expect(saved).toMatchObject({ added: 0, updated: 2 });
    expect(await db.cards.count()).toBe(0);
    expect(await db.cardPacks.count()).toBe(1);
    expect((await cardsOfDeck(db, 'imp')).map((c) => [c.id, c.retired])).toEqual([
      ['imp-0', 0],
      ['imp-1', 0],
      ['imp-2', 1],
    ]);
    await deleteImportedDeck(db, 'imp');
    expect(await allCards(db)).toEqual([]);
  });
});
