/** @jest-environment node */
import { Dexie } from 'dexie';

import { answerCard, DEFAULT_PREFS, getCard, loadDeckQueue, loadSessionQueue, previewAnswer, syncBundle } from '@/lib/db';
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

  it('works out Study all’s next card (every deck’s queue and the card itself) the same as a real answer', async () => {
    const { db } = await loaded();
    const prefs = { ...DEFAULT_PREFS, timeZone: 'Europe/Berlin' };
    const pick = async () => {
      const queue = await loadSessionQueue(db, null, NOW, prefs);
      return queue.next ? (await getCard(db, queue.next.cardId))?.id : null;
    };
    const first = (await loadSessionQueue(db, null, NOW, prefs)).next!;
    for (const rating of [1, 3] as const) {
      const before = await snapshot(db);
      const previewed = await previewAnswer(db, input(first.cardId, first.rev, rating), pick);
      expect(previewed).toEqual(expect.any(String));
      expect(await snapshot(db)).toEqual(before);
    }
    const previewed = await previewAnswer(db, input(first.cardId, first.rev, 3), pick);
    await answerCard(db, input(first.cardId, first.rev, 3));
    expect(previewed).toBe(await pick());
  });

  it('locks only the tables an answer and a queue use, so reads of the others never wait on it', async () => {
    const { db, next } = await loaded();
    const cardId = (await next())!;
    const state = (await db.cardStates.get(cardId))!;
    const locked = await previewAnswer(db, input(cardId, state.rev, 3), async () => [...Dexie.currentTransaction!.storeNames].sort());
    expect(locked).toEqual(['cardPacks', 'cardStates', 'cards', 'decks', 'reviewLogs', 'settings']);
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
