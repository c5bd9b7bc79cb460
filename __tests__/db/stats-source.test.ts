/** @jest-environment node */
// The statistics' input from the store: cards by standing for one deck or all, and the review log
// through its digest, which must follow every answer, undo and restore while reading as little as it can.
import { answerCard, DEFAULT_PREFS, placeInQueue, Q, suspendCard, undoAnswer, writePrefs, type CardsDB, type ReviewLogRow } from '@/lib/db';
import { DIGEST_CHUNK, KeptLogDigest, readLogDigest } from '@/lib/db/log-digest';
import { statsFor } from '@/lib/db/stats-compute';
import { readStatsSource } from '@/lib/db/stats-source';
import { PHASE } from '@/lib/insight/columns';
import { createScheduler, DEFAULT_SRS } from '@/lib/srs';
import { newSchedState } from '@/lib/srs/new-state';

import { loadedDb } from './helpers';

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

  it('reads each card with a schedule once, however its due date falls among the parts the read is cut in', async () => {
    const db = await loaded();
    const now = Date.now();
    const day = 86_400_000;
    // On each cut (-30 … 365 days), a millisecond either side, and far out both ways.
    const dues = [-30, -1, 0, 1, 3, 7, 14, 30, 90, 365].flatMap((d) => [-1, 0, 1].map((ms) => now + d * day + ms));
    dues.push(0, now - 5000 * day, now + 9000 * day);
    const states = dues.map((due, i) => ({
      cardId: `sample-due-${i}`,
      deckId: 'sample',
      queue: i % 3 === 0 ? Q.learning : Q.review,
      due,
      sched: { ...newSchedState(0), phase: i % 3 === 0 ? ('learning' as const) : ('review' as const), due, scheduledDays: i },
      suspended: 0 as const,
      buriedUntil: 0,
      flag: 0,
      rev: 0,
    }));
    const before = await readStatsSource(db, null);
    await db.cardStates.bulkPut(states);
    for (const deckId of [null, 'sample']) {
      const { cards, counted } = await readStatsSource(db, deckId);
      const read = Array.from(cards.due).filter((due) => dues.includes(due));
      expect(read.sort((a, b) => a - b)).toEqual([...dues].sort((a, b) => a - b));
      expect(counted).toEqual(before.counted);
    }
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
    await db.reviewLogs.delete(5);
    digest = await readLogDigest(db);
    expect(digest[0].ids.length).toBe(DIGEST_CHUNK - 2);
    expect(digest[0].durationMs[0]).toBe(0);
    expect(Array.from(digest[0].ids.slice(3, 5))).toEqual([4, 6]);

    await db.reviewLogs.clear();
    expect(await readLogDigest(db)).toEqual([]);
    expect(await db.logDigests.count()).toBe(0);
  });

  it('keeps the digest in memory: its rows read once, then checked against the log as the stored ones are', async () => {
    const db = await loaded();
    await db.reviewLogs.bulkAdd(synthetic(DIGEST_CHUNK + 10, NOW - 10_000_000));
    await readLogDigest(db); // built and stored
    const kept = new KeptLogDigest();
    kept.load(db);
    const storedRead = jest.spyOn(db.logDigests, 'toArray');
    expect((await kept.read(db)).map((d) => d.ids.length)).toEqual([DIGEST_CHUNK - 1, 11]);

    // The stored rows gone: the kept ones answer, nothing is rebuilt, stored or read again.
    await db.logDigests.clear();
    expect((await kept.read(db)).map((d) => d.ids.length)).toEqual([DIGEST_CHUNK - 1, 11]);
    expect(await db.logDigests.count()).toBe(0);

    // An answer: only its chunk is rebuilt from the log, stored and kept.
    const log = await answer(db, 'sample-basic', 3, NOW);
    let digest = await kept.read(db);
    expect(digest[1].ids.at(-1)).toBe(log.id);
    expect(digest[1].rating.at(-1)).toBe(3);
    expect(await db.logDigests.toCollection().primaryKeys()).toEqual([1]);

    await undoAnswer(db, log.id!);
    digest = await kept.read(db);
    expect(digest[1].ids.length).toBe(11);

    // A row gone from the middle is noticed in the kept rows as in the stored ones.
    await db.reviewLogs.delete(5);
    digest = await kept.read(db);
    expect(digest[0].ids.length).toBe(DIGEST_CHUNK - 2);
    expect(Array.from(digest[0].ids.slice(3, 5))).toEqual([4, 6]);
    expect(digest).toEqual(await readLogDigest(db));
    expect(storedRead).toHaveBeenCalledTimes(1); // the last line's own read
  });
});
