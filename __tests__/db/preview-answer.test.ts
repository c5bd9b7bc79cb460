/** @jest-environment node */
import { answerCard, DEFAULT_PREFS, loadDeckQueue, previewAnswer, syncBundle } from '@/lib/db';
import { createScheduler, DEFAULT_SRS } from '@/lib/srs';

import { freshFactory, openDb, SAMPLE, snapshot } from './helpers';

const NOW = Date.UTC(2026, 10, 2, 9, 0);
const scheduler = createScheduler({ ...DEFAULT_SRS, enableFuzz: false });
const input = (cardId: string, rev: number, rating: 1 | 2 | 3 | 4, now = NOW) => ({
  cardId,
  rev,
  rating,
  now,
  durationMs: 3000,
  timeZone: 'Europe/Berlin',
  scheduler,
});

async function loaded(newPerDay = 20) {
  const db = openDb(freshFactory());
  await syncBundle(db, SAMPLE(), NOW);
  const prefs = { ...DEFAULT_PREFS, timeZone: 'Europe/Berlin', limits: { newPerDay, reviewsPerDay: 200 } };
  const deckId = (await db.decks.toArray())[0].id;
  const next = async (now = NOW) => (await loadDeckQueue(db, deckId, now, prefs)).next?.cardId ?? null;
  return { db, next };
}

describe('previewAnswer: the next card after an answer, with nothing written', () => {
  it('picks what a real answer would, for every rating, and leaves the database exactly as it was', async () => {
    for (const rating of [1, 2, 3, 4] as const) {
      const { db, next } = await loaded();
      const first = await loadDeckQueue(db, (await db.decks.toArray())[0].id, NOW, { ...DEFAULT_PREFS, timeZone: 'Europe/Berlin' });
      const before = await snapshot(db);
      const previewed = await previewAnswer(db, input(first.next!.cardId, first.next!.rev, rating), () => next());
      expect(await snapshot(db)).toEqual(before);
      await answerCard(db, input(first.next!.cardId, first.next!.rev, rating));
      expect(previewed).toBe(await next());
    }
  });

  it('counts the answer against today’s limit (the last new card allowed leaves nothing after it)', async () => {
    const { db, next } = await loaded(1);
    const cardId = (await next())!;
    const state = (await db.cardStates.get(cardId))!;
    // Easy graduates the only new card allowed today: nothing is left.
    expect(await previewAnswer(db, input(cardId, state.rev, 4), () => next())).toBeNull();
    // Good puts it in a 10-minute step, inside the 20-minute learn-ahead: with nothing else left it comes back.
    expect(await previewAnswer(db, input(cardId, state.rev, 3), () => next())).toBe(cardId);
    expect((await db.cardStates.get(cardId))!.rev).toBe(state.rev);
  });

  it('returns null for a card changed since it was shown', async () => {
    const { db, next } = await loaded();
    const cardId = (await next())!;
    expect(await previewAnswer(db, input(cardId, 7, 3), () => next())).toBeNull();
  });

  it('lets a real error through and keeps nothing', async () => {
    const { db, next } = await loaded();
    const cardId = (await next())!;
    await expect(
      previewAnswer(db, input(cardId, 0, 3), async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await db.reviewLogs.count()).toBe(0);
  });
});
