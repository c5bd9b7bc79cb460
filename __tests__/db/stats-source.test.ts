/** @jest-environment node */
// The statistics' input from the store: cards by standing for one deck or all, and the review log
// through its digest, which must follow every answer, undo and restore while reading as little as it can.
import { answerCard, DEFAULT_PREFS, placeInQueue, suspendCard, undoAnswer, writePrefs, type CardsDB, type ReviewLogRow } from '@/lib/db';
import { deleteImportedDeck } from '@/lib/db/imported-decks';
import { DIGEST_CHUNK, readLogDigest } from '@/lib/db/log-digest';
import { statsFor } from '@/lib/db/stats-compute';
import { readStatsSource } from '@/lib/db/stats-source';
import { PHASE } from '@/lib/insight/columns';
import { createScheduler, DEFAULT_SRS } from '@/lib/srs';
import { newSchedState } from '@/lib/srs/new-state';

import { clearLog, loadedDb } from './helpers';

const NOW = Date.UTC(2026, 10, 2, 9, 0);
const scheduler = createScheduler({ ...DEFAULT_SRS, enableFuzz: false });

const loaded = (): Promise<CardsDB> => loadedDb(NOW);

async function answer(db: CardsDB, cardId: string, rating: 1 | 2 | 3 | 4, now: number): Promise<ReviewLogRow> {
  const state = (await db.cardStates.get(cardId))!;
  return (await answerCard(db, { cardId, rev: state.rev, rating, now, durationMs: 4200, timeZone: 'Europe/Berlin', scheduler })).log;
}

/** `n` log rows of another deck's card, written directly (as a restore would). */
function synthetic(n: number, from: number): ReviewLogRow[] {
  const base = { cardId: 'other-1', deckId: 'other', sched: newSchedState(0), suspended: 0 as const, buriedUntil: 0, flag: 0, rev: 0 };
  const before = { ...base, ...placeInQueue(base, 0, false) };
  return Array.from({ length: n }, (_, i) => ({
    cardId: 'other-1',
    deckId: 'other',
    rating: 3,
    reviewedAt: from + i * 1000,
    timeZone: 'UTC',
    durationMs: i,
    before,
    after: before.sched,
  }));
}

describe('statistics input from the store', () => {
  it('reads the log and the cards of every deck or of one', async () => {
    const db = await loaded();
    await answer(db, 'sample-basic', 3, NOW);
    await answer(db, 'sample-choice', 1, NOW + 1000);
    await answer(db, 'sample-basic', 4, NOW + 700_000);
    await suspendCard(db, 'sample-cloze');
    await db.reviewLogs.bulkAdd(synthetic(3, NOW - 5000));

    const all = await readStatsSource(db, null);
    expect(all.logs.length).toBe(6);
    expect(all.counted).toEqual({ new: 1, suspended: 1, retired: 0 });
    expect(all.cards.length).toBe(2);

    const sample = await readStatsSource(db, 'sample');
    expect(sample.logs.length).toBe(3);
    expect(Array.from(sample.logs.rating)).toEqual([3, 1, 4]);
    expect(Array.from(sample.logs.phase)).toEqual([PHASE.new, PHASE.new, PHASE.learning]);
    expect(Array.from(sample.logs.durationMs)).toEqual([4200, 4200, 4200]);
    expect(Number.isNaN(sample.logs.elapsedDays[0])).toBe(true);
    expect(sample.logs.elapsedDays[2]).toBeCloseTo(700_000 / 86_400_000, 6);
    expect((await readStatsSource(db, 'other')).logs.length).toBe(3);
  });

  it('counts the retired cards of a bundled deck the app no longer has as retired, not new, in every deck’s figures', async () => {
    const db = await loaded();
    // What deck sync leaves when a bundle drops a deck: its cards retired, its deck row gone.
    const base = { cardId: 'gone-1', deckId: 'gone', sched: newSchedState(0), suspended: 0 as const, buriedUntil: 0, flag: 0, rev: 1 };
    await db.cardStates.put({ ...base, ...placeInQueue(base, 0, true) });
    expect((await readStatsSource(db, null)).counted).toEqual({ new: 4, suspended: 0, retired: 1 });
    expect((await readStatsSource(db, 'sample')).counted).toEqual({ new: 4, suspended: 0, retired: 0 });
  });

  it('computes the figures with the learner’s study day and retention', async () => {
    const db = await loaded();
    await writePrefs(db, { ...DEFAULT_PREFS, timeZone: 'Asia/Tokyo', dayStartHour: 6, srs: { ...DEFAULT_SRS, desiredRetention: 0.85 } });
    await answer(db, 'sample-basic', 3, Date.UTC(2026, 10, 2, 20, 30)); // 05:30 on the 3rd in Tokyo: the 2nd's study day
    const figures = await statsFor(db, { deckId: null, now: Date.UTC(2026, 10, 3, 3, 0) });
    expect(figures.stats.desiredRetention).toBe(0.85);
    expect(figures.stats.heatmap.keys.at(-1)).toBe('2026-11-03');
    expect(figures.stats.heatmap.counts.slice(-2)).toEqual([1, 0]);
    expect(figures).toMatchObject({ reviews: 1, cards: 4 });
  });

  it('marks the end of each step of a read (User Timing), for the bench and profilers', async () => {
    const db = await loaded();
    await answer(db, 'sample-basic', 3, NOW);
    performance.clearMarks();
    await statsFor(db, { deckId: null, now: NOW + 1000 });
    const steps = performance.getEntriesByType('mark').map((e) => e.name);
    expect(steps).toEqual(
      expect.arrayContaining(
        ['prefs-read', 'digest-rows', 'log-checked', 'log-read', 'log-figures', 'cards-counted', 'cards-read', 'figures'].map(
          (step) => `stats:${step}`,
        ),
      ),
    );
  });

  it('keeps the digest in step with answers, undo and rows written by a restore, reading only what changed', async () => {
    const db = await loaded();
    await db.reviewLogs.bulkAdd(synthetic(DIGEST_CHUNK + 10, NOW - 10_000_000));
    expect((await readLogDigest(db)).map((d) => d.ids.length)).toEqual([DIGEST_CHUNK - 1, 11]);
    expect(await db.logDigests.count()).toBe(2);

    // Mark the first chunk's stored digest: while its logs stay as they are, it is used as stored.
    const first = (await db.logDigests.get(0))!;
    first.durationMs[0] = -1;
    await db.logDigests.put(first);
    expect((await readLogDigest(db))[0].durationMs[0]).toBe(-1);

    const log = await answer(db, 'sample-basic', 3, NOW);
    let digest = await readLogDigest(db);
    expect(digest[0].durationMs[0]).toBe(-1);
    expect(digest[1].ids.at(-1)).toBe(log.id);
    expect(digest[1].rating.at(-1)).toBe(3);

    await undoAnswer(db, log.id!);
    digest = await readLogDigest(db);
    expect(digest[1].ids.length).toBe(11);
    expect(digest[0].durationMs[0]).toBe(-1);

    // A row gone from the middle (as a restore deletes what differs) is noticed: that chunk is read again.
    await db.transaction('rw', [db.reviewLogs, db.settings], () => db.reviewLogs.delete(5));
    digest = await readLogDigest(db);
    expect(digest[0].ids.length).toBe(DIGEST_CHUNK - 2);
    expect(digest[0].durationMs[0]).toBe(0);
    expect(Array.from(digest[0].ids.slice(3, 5))).toEqual([4, 6]);

    await clearLog(db);
    expect(await readLogDigest(db)).toEqual([]);
    expect(await db.logDigests.count()).toBe(0);
  });

  it('follows an undo of an answer that is not the last, and a deleted imported deck, without counting the log', async () => {
    const db = await loaded();
    const count = jest.spyOn(db.reviewLogs, 'count');
    const first = await answer(db, 'sample-basic', 3, NOW);
    const second = await answer(db, 'sample-cloze', 3, NOW + 1000);
    expect(Array.from((await readLogDigest(db))[0].ids)).toEqual([first.id, second.id]);
    // Another tab's answer came after this one: the undone row is not the log's last.
    await undoAnswer(db, first.id!);
    expect(Array.from((await readLogDigest(db))[0].ids)).toEqual([second.id]);
    await db.decks.put({ id: 'mine', title: 'Mine', summary: '', order: 9, sources: [], hash: 'h', cardCount: 0, origin: 'imported' });
    const ids = await db.reviewLogs.bulkAdd(
      synthetic(3, NOW).map((l) => ({ ...l, deckId: 'mine' })),
      { allKeys: true },
    );
    const third = await answer(db, 'sample-typed', 3, NOW + 2000);
    expect(Array.from((await readLogDigest(db))[0].ids)).toEqual([second.id, ...ids, third.id]);
    await deleteImportedDeck(db, 'mine');
    expect(Array.from((await readLogDigest(db))[0].ids)).toEqual([second.id, third.id]);
    expect(count).not.toHaveBeenCalled();
  });

  it('refuses to delete log rows in a transaction without the settings, where the log epoch is', async () => {
    const db = await loaded();
    const log = await answer(db, 'sample-basic', 3, NOW);
    await expect(db.reviewLogs.delete(log.id!)).rejects.toThrow(/settings table/);
    await expect(db.transaction('rw', [db.reviewLogs, db.cardStates], () => db.reviewLogs.clear())).rejects.toThrow(/settings table/);
    expect(await db.reviewLogs.count()).toBe(1);
  });
});
