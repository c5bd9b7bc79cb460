/** @jest-environment node */
// The statistics' input kept between visits: the page counts the writes that may change it
// (stats-watch.ts) and the worker answers from what it read while that count stays the same
// (stats-inputs.ts), still with the current time and settings. An answer, an undo, a suspension, a
// deck sync are counted (as they open, and as they commit); the statistics' own digest and the
// settings are not.
import { answerCard, DEFAULT_PREFS, suspendCard, undoAnswer, writePrefs, type CardsDB } from '@/lib/db';
import { readLogDigest } from '@/lib/db/log-digest';
import { statsFor } from '@/lib/db/stats-compute';
import { StatsInputCache } from '@/lib/db/stats-inputs';
import { touchesStatsInput, watchStatsInput } from '@/lib/db/stats-watch';
import { createScheduler, DEFAULT_SRS } from '@/lib/srs';

import { loadedDb } from './helpers';

const NOW = Date.UTC(2026, 10, 2, 9, 0);
const scheduler = createScheduler({ ...DEFAULT_SRS, enableFuzz: false });

const loaded = (): Promise<CardsDB> => loadedDb(NOW);

async function answer(db: CardsDB, cardId: string, now: number) {
  const state = (await db.cardStates.get(cardId))!;
  return (await answerCard(db, { cardId, rev: state.rev, rating: 3, now, durationMs: 4200, timeZone: 'Europe/Berlin', scheduler })).log;
}

/** The page's side: a count of writes to the input, as stats-client.ts keeps it. */
function counting() {
  const seen = { writes: 0 };
  const stop = watchStatsInput(() => seen.writes++);
  return { seen, stop };
}

describe('which writes count', () => {
  it('tells the input tables from the others by Dexie’s keys, and counts what it cannot tell', () => {
    expect(touchesStatsInput({ 'idb://containerd-cards/reviewLogs/': 1 })).toBe(true);
    expect(touchesStatsInput({ 'idb://containerd-cards/cardStates/[deckId+queue+due]': 1 })).toBe(true);
    expect(touchesStatsInput({ 'idb://containerd-cards/importedLogs/:dels': 1 })).toBe(true);
    expect(touchesStatsInput({ 'idb://containerd-cards/decks/': 1 })).toBe(true);
    expect(touchesStatsInput({ 'idb://containerd-cards/logDigests/': 1, 'idb://containerd-cards/settings/': 1 })).toBe(false);
    expect(touchesStatsInput({ all: 1 })).toBe(true); // Dexie's "everything" after a page comes back from the bfcache
  });

  it('counts answers, undo and card actions in this context, not the digest or the settings', async () => {
    const db = await loaded();
    const { seen, stop } = counting();
    try {
      const log = await answer(db, 'sample-basic', NOW);
      expect(seen.writes).toBeGreaterThan(0);
      let before = seen.writes;
      await undoAnswer(db, log.id!);
      expect(seen.writes).toBeGreaterThan(before);
      before = seen.writes;
      await suspendCard(db, 'sample-cloze');
      expect(seen.writes).toBeGreaterThan(before);

      await answer(db, 'sample-choice', NOW + 1000);

      // Counted as the write opens, before it commits: a request then must not be answered without it.
      before = seen.writes;
      let during = before;
      await db.transaction('rw', db.cardStates, async () => {
        await db.cardStates.get('sample-basic');
        during = seen.writes;
      });
      expect(during).toBeGreaterThan(before);

      before = seen.writes;
      await db.logDigests.clear();
      await readLogDigest(db); // rebuilds and stores the digest
      expect(await db.logDigests.count()).toBeGreaterThan(0);
      await db.settings.put({ key: 'optimizer', value: null }); // the settings alone (writePrefs may move cards too)
      expect(seen.writes).toBe(before);
    } finally {
      stop();
    }
  });
});

describe('the input kept between visits', () => {
  it('answers from what it read while nothing was written, with the current time and settings', async () => {
    const db = await loaded();
    const { seen, stop } = counting();
    try {
      const cache = new StatsInputCache();
      const figures = (now: number) => statsFor(db, { deckId: null, now }, (d) => cache.read(db, d, seen.writes));
      await answer(db, 'sample-basic', NOW);
      expect(await figures(NOW + 1000)).toMatchObject({ reviews: 1, cards: 4 });

      // Behind the page's back (nothing counted): the kept input answers, so it was not read again.
      const reads = jest.spyOn(db.reviewLogs, 'count');
      const later = await figures(NOW + 2 * 86_400_000);
      expect(reads).not.toHaveBeenCalled();
      reads.mockRestore();
      expect(later.reviews).toBe(1);
      // ...and the time and the settings are the request's and the store's now.
      expect(later.stats.heatmap.keys.at(-1)).toBe('2026-11-04');
      await writePrefs(db, { ...DEFAULT_PREFS, srs: { ...DEFAULT_SRS, desiredRetention: 0.8 } });
      expect((await figures(NOW + 3000)).stats.desiredRetention).toBe(0.8);

      // A review counted by the page: read again, and shown.
      await answer(db, 'sample-choice', NOW + 4000);
      expect(await figures(NOW + 5000)).toMatchObject({ reviews: 2 });
      // One deck's input is kept apart from every deck's.
      const oneDeck = await statsFor(db, { deckId: 'sample', now: NOW + 5000 }, (d) => cache.read(db, d, seen.writes));
      expect(oneDeck.reviews).toBe(2);
      await suspendCard(db, 'sample-cloze');
      expect((await figures(NOW + 6000)).stats.cards.suspended).toBe(1);
    } finally {
      stop();
    }
  });

  it('reads again for every request the page could not count, and after a failed read', async () => {
    const db = await loaded();
    const cache = new StatsInputCache();
    const first = cache.read(db, null, null);
    expect(cache.read(db, null, null)).not.toBe(first);
    await Promise.all([first.logs, first.cards]);

    const failing = jest.spyOn(db.logDigests, 'toArray').mockRejectedValueOnce(new Error('gone'));
    const failed = cache.read(db, null, 7);
    await expect(failed.logs).rejects.toThrow('gone');
    await failed.cards;
    failing.mockRestore();
    const again = cache.read(db, null, 7);
    expect(again).not.toBe(failed);
    expect(cache.read(db, null, 7)).toBe(again);
    await expect(again.logs).resolves.toMatchObject({ length: 0 });
  });
});
