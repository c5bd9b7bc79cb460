/** @jest-environment node */
import { Dexie } from 'dexie';
import { IDBKeyRange } from 'fake-indexeddb';

import {
  answerCard,
  DEFAULT_PREFS,
  loadDeckCounts,
  PREFS_KEY,
  Q,
  readPrefs,
  STORES_V4,
  syncBundle,
  writePrefs,
  type CardsDB,
} from '@/lib/db';
import { readStatsSource } from '@/lib/db/stats-source';
import { createScheduler, DEFAULT_SRS } from '@/lib/srs';

import { BASIC, CHOICE, CLOZE } from '../decks/fixtures';
import { bundleOf, freshFactory, openDb } from './helpers';

const NOW = Date.UTC(2026, 10, 2, 9, 0);
const scheduler = createScheduler({ ...DEFAULT_SRS, enableFuzz: false });

// BASIC holds for 2.x; CHOICE for 1.x only; CLOZE for every version; one more card is historical.
const ONE_X = CHOICE.replace('kind: choice', 'kind: choice\nversions: 1.x');
const HISTORY = CLOZE.replace('sample-cloze', 'sample-history').replace('kind: cloze', 'kind: cloze\nversions: history');
const bundle = () => bundleOf(BASIC, ONE_X, CLOZE, HISTORY);

async function loaded(): Promise<CardsDB> {
  const db = openDb(freshFactory());
  await writePrefs(db, { ...DEFAULT_PREFS, timeZone: 'UTC' });
  await syncBundle(db, bundle(), NOW);
  return db;
}

const newCount = async (db: CardsDB) => (await loadDeckCounts(db, 'sample', NOW, await readPrefs(db))).counts.newCount;
const setLine = async (db: CardsDB, studyLine: (typeof DEFAULT_PREFS)['studyLine']) =>
  writePrefs(db, { ...(await readPrefs(db)), studyLine });

describe('the containerd version the learner runs', () => {
  it('leaves cards for other versions out of the queue on latest (the default), keeping historical cards', async () => {
    const db = await loaded();
    expect((await readPrefs(db)).studyLine).toBe('latest');
    expect(await newCount(db)).toBe(3);
    expect(await db.cardStates.get('sample-choice')).toMatchObject({ queue: Q.otherVersion, otherVersion: 1 });
    expect((await db.cardStates.get('sample-history'))?.queue).toBe(Q.new);
  });

  it('keeps progress when a card leaves, and brings it back unchanged when the line changes back', async () => {
    const db = await loaded();
    const before = await db.cardStates.get('sample-basic');
    const { state } = await answerCard(db, {
      cardId: 'sample-basic',
      rev: before!.rev,
      rating: 3,
      now: NOW,
      durationMs: 3000,
      timeZone: 'UTC',
      scheduler,
    });
    await setLine(db, '1.7');
    const away = await db.cardStates.get('sample-basic');
    expect(away).toMatchObject({ queue: Q.otherVersion, sched: state.sched });
    expect(await newCount(db)).toBe(3); // the 1.x card, the cloze and the historical card
    expect((await db.cardStates.get('sample-choice'))?.queue).toBe(Q.new);
    // Its log stays, and the statistics count neither it nor its schedule.
    expect(await db.reviewLogs.where('cardId').equals('sample-basic').count()).toBe(1);
    const stats = await readStatsSource(db, 'sample');
    expect(stats.counted.new).toBe(3);
    expect(stats.cards.due.length).toBe(0);

    await setLine(db, '2.1');
    const back = await db.cardStates.get('sample-basic');
    expect(back).toMatchObject({ queue: state.queue, due: state.due, sched: state.sched });
    expect(back?.otherVersion).toBeUndefined();
    expect(back!.rev).toBeGreaterThan(away!.rev);
  });

  it('marks new cards of a later bundle for the line in use', async () => {
    const db = openDb(freshFactory());
    await writePrefs(db, { ...DEFAULT_PREFS, studyLine: '1.6' });
    await syncBundle(db, bundleOf(CLOZE), NOW);
    await syncBundle(db, bundleOf(CLOZE, BASIC), NOW);
    expect(await db.cardStates.get('sample-basic')).toMatchObject({ queue: Q.otherVersion });
  });

  it('marks cards when a version-4 database opens with version 7', async () => {
    const factory = freshFactory();
    const v4 = new Dexie('migrate-v4', { indexedDB: factory, IDBKeyRange });
    v4.version(4).stores(STORES_V4);
    const compiled = bundle().decks[0]!.cards;
    await v4.table('cards').bulkPut(compiled.map((c) => ({ ...c, retired: 0 })));
    const sched = (await import('@/lib/srs/new-state')).newSchedState(NOW);
    await v4.table('cardStates').bulkPut(
      compiled.map((c) => ({
        cardId: c.id,
        deckId: 'sample',
        queue: 0,
        due: c.position,
        sched,
        suspended: 0,
        buriedUntil: 0,
        flag: 0,
        rev: 0,
      })),
    );
    await v4.table('settings').put({ key: PREFS_KEY, value: { ...DEFAULT_PREFS, studyLine: undefined } });
    v4.close();
    const db = openDb(factory, 'migrate-v4');
    await db.open();
    expect(db.verno).toBe(11);
    expect((await db.cardStates.get('sample-choice'))?.queue).toBe(Q.otherVersion);
    expect((await db.cardStates.get('sample-basic'))?.queue).toBe(Q.new);
    expect(await db.cardStates.where('[queue+due]').between([Q.new, -Infinity], [Q.new, Infinity]).count()).toBe(3);
  });
});
