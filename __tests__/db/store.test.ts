/** @jest-environment node */
import {
  answerCard,
  buryCard,
  DEFAULT_PREFS,
  firstDeckWithWork,
  hasWork,
  loadDeckCounts,
  loadDeckQueue,
  Q,
  releaseBuried,
  resetCard,
  StaleAnswerError,
  suspendCard,
  syncBundle,
  undoAnswer,
  unsuspendCard,
  type CardStateRow,
  type QueueCode,
} from '@/lib/db';
import { createScheduler, DEFAULT_SRS, nextStudyDayStart } from '@/lib/srs';

import { freshFactory, loadedDb, openDb, SAMPLE, snapshot } from './helpers';

const NOW = Date.UTC(2026, 10, 2, 9, 0);
const prefs = { ...DEFAULT_PREFS, timeZone: 'Europe/Berlin' };
const scheduler = createScheduler({ ...DEFAULT_SRS, enableFuzz: false });
const day = { dayStartHour: 4, timeZone: 'Europe/Berlin' };

const loaded = () => loadedDb(NOW);

const answer = (db: Awaited<ReturnType<typeof loaded>>, cardId: string, rev: number, rating: 1 | 2 | 3 | 4, now = NOW) =>
  answerCard(db, { cardId, rev, rating, now, durationMs: 4200, timeZone: 'Europe/Berlin', scheduler });

describe('store: loading and the queue', () => {
  it('loads the bundled decks on first run, every card new, in deck order', async () => {
    const db = await loaded();
    expect(await db.decks.count()).toBe(1);
    expect(await db.cardStates.count()).toBe(4);
    const q = await loadDeckQueue(db, 'sample', NOW, prefs);
    expect(q.counts).toEqual({ newCount: 4, learningCount: 0, reviewCount: 0 });
    expect(q.next?.cardId).toBe('sample-basic');
  });

  it('respects the new-card limit and counts today’s answers', async () => {
    const db = await loaded();
    const limited = { ...prefs, limits: { newPerDay: 2, reviewsPerDay: 200 } };
    const first = (await loadDeckQueue(db, 'sample', NOW, limited)).next!;
    await answer(db, first.cardId, first.rev, 4);
    const q = await loadDeckQueue(db, 'sample', NOW + 1000, limited);
    expect(q.doneToday).toEqual({ newCount: 1, reviewCount: 0 });
    expect(q.counts.newCount).toBe(1);
  });

  it('shows a learning card again when its step is due, and says when the next card is', async () => {
    const db = await loaded();
    const limited = { ...prefs, limits: { newPerDay: 1, reviewsPerDay: 200 } };
    const first = (await loadDeckQueue(db, 'sample', NOW, limited)).next!;
    await answer(db, first.cardId, first.rev, 3); // Good: 10m step
    const soon = await loadDeckQueue(db, 'sample', NOW + 60_000, limited);
    expect(soon.next?.cardId).toBe(first.cardId); // learn-ahead: nothing else left
    expect(soon.counts.learningCount).toBe(1);
    const state = await db.cardStates.get(first.cardId);
    await answer(db, first.cardId, state!.rev, 3, NOW + 10 * 60_000); // graduates
    const done = await loadDeckQueue(db, 'sample', NOW + 11 * 60_000, limited);
    expect(done.next).toBeNull();
    expect(done.nextAt).toBe(nextStudyDayStart(NOW, day));
  });
});

describe('store: answers', () => {
  it('writes the new state and the log row in one transaction', async () => {
    const db = await loaded();
    const row = (await db.cardStates.get('sample-basic'))!;
    const { state, log } = await answer(db, 'sample-basic', row.rev, 3);
    expect(state.sched.phase).toBe('learning');
    expect(state.queue).toBe(Q.learning);
    expect(state.rev).toBe(row.rev + 1);
    const logs = await db.reviewLogs.toArray();
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ cardId: 'sample-basic', rating: 3, reviewedAt: NOW, timeZone: 'Europe/Berlin', durationMs: 4200 });
    expect(logs[0].before).toEqual(row);
    expect(logs[0].after).toEqual(state.sched);
    expect(log.id).toBe(logs[0].id);
  });

  it('rolls back both writes when the transaction fails', async () => {
    const db = await loaded();
    const row = (await db.cardStates.get('sample-basic'))!;
    const before = await snapshot(db);
    const failing = {
      ...scheduler,
      answer: () => {
        throw new Error('boom');
      },
    };
    await expect(
      answerCard(db, { cardId: 'sample-basic', rev: row.rev, rating: 3, now: NOW, durationMs: 1, timeZone: 'UTC', scheduler: failing }),
    ).rejects.toThrow('boom');
    expect(await snapshot(db)).toEqual(before);
  });

  it('undoes the last 10 answers, restoring the database exactly', async () => {
    const db = await loaded();
    const before = await snapshot(db);
    let t = NOW;
    const logIds: number[] = [];
    for (let i = 0; i < 10; i++) {
      const q = await loadDeckQueue(db, 'sample', t, prefs);
      const { log } = await answer(db, q.next!.cardId, q.next!.rev, ((i % 4) + 1) as 1 | 2 | 3 | 4, t);
      logIds.push(log.id!);
      t += 11 * 60_000;
    }
    expect(await db.reviewLogs.count()).toBe(10);
    for (const id of [...logIds].reverse()) expect(await undoAnswer(db, id)).not.toBeNull();
    expect(await undoAnswer(db, logIds[0]!)).toBeNull();
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses to undo an answer when the card was answered again since (another tab)', async () => {
    const db = await loaded();
    const q = await loadDeckQueue(db, 'sample', NOW, prefs);
    const first = await answer(db, q.next!.cardId, q.next!.rev, 1, NOW);
    await answer(db, first.state.cardId, first.state.rev, 3, NOW + 60_000);
    const after = await snapshot(db);
    expect(await undoAnswer(db, first.log.id!)).toBeNull();
    expect(await snapshot(db)).toEqual(after);
  });
});

describe('store: two tabs', () => {
  it('refuses a stale tab’s second answer to the same card, and the other tab sees the counts', async () => {
    const factory = freshFactory();
    const tabA = openDb(factory, 'shared');
    const tabB = openDb(factory, 'shared');
    await syncBundle(tabA, SAMPLE(), NOW);
    const shownA = (await loadDeckQueue(tabA, 'sample', NOW, prefs)).next!;
    const shownB = (await loadDeckQueue(tabB, 'sample', NOW, prefs)).next!;
    expect(shownB.cardId).toBe(shownA.cardId);
    await answerCard(tabA, { cardId: shownA.cardId, rev: shownA.rev, rating: 3, now: NOW, durationMs: 1, timeZone: 'UTC', scheduler });
    await expect(
      answerCard(tabB, { cardId: shownB.cardId, rev: shownB.rev, rating: 4, now: NOW + 5, durationMs: 1, timeZone: 'UTC', scheduler }),
    ).rejects.toBeInstanceOf(StaleAnswerError);
    expect(await tabB.reviewLogs.count()).toBe(1);
    const qB = await loadDeckQueue(tabB, 'sample', NOW + 10, prefs);
    expect(qB.counts).toEqual({ newCount: 3, learningCount: 1, reviewCount: 0 });
    expect(qB.next?.cardId).not.toBe(shownA.cardId);
  });
});

describe('store: card actions', () => {
  it('suspends and unsuspends, buries until tomorrow, resets to new', async () => {
    const db = await loaded();
    await suspendCard(db, 'sample-basic');
    expect((await loadDeckQueue(db, 'sample', NOW, prefs)).counts.newCount).toBe(3);
    await unsuspendCard(db, 'sample-basic');
    expect((await loadDeckQueue(db, 'sample', NOW, prefs)).counts.newCount).toBe(4);

    const tomorrow = nextStudyDayStart(NOW, day);
    await buryCard(db, 'sample-choice', tomorrow);
    expect((await loadDeckQueue(db, 'sample', NOW, prefs)).counts.newCount).toBe(3);
    await releaseBuried(db, 'sample', tomorrow + 1);
    expect((await loadDeckQueue(db, 'sample', tomorrow + 1, prefs)).counts.newCount).toBe(4);
    expect((await db.cardStates.get('sample-choice'))!.buriedUntil).toBe(0);

    const row = (await db.cardStates.get('sample-basic'))!;
    await answer(db, 'sample-basic', row.rev, 4);
    expect((await db.cardStates.get('sample-basic'))!.sched.phase).toBe('review');
    await resetCard(db, 'sample-basic', NOW);
    const reset = (await db.cardStates.get('sample-basic'))!;
    expect(reset.sched.phase).toBe('new');
    expect(reset.queue).toBe(Q.new);
    expect(await db.reviewLogs.count()).toBe(1);
  });
});

describe('store: study now', () => {
  it('picks the first deck, in deck order, with cards to study, else the first deck', async () => {
    const db = await loaded();
    const sample = (await db.decks.get('sample'))!;
    // A deck ordered before "sample" with nothing in it: nothing to study there.
    await db.decks.put({ ...sample, id: 'empty', title: 'Empty', order: sample.order - 1, cardCount: 0 });
    expect(await firstDeckWithWork(db, NOW, prefs)).toBe('sample');

    for (const id of ['sample-basic', 'sample-choice', 'sample-cloze', 'sample-typed']) await suspendCard(db, id);
    expect(await firstDeckWithWork(db, NOW, prefs)).toBe('empty');

    await db.decks.clear();
    expect(await firstDeckWithWork(db, NOW, prefs)).toBeUndefined();
  });

  it('counts cards coming back from burial', async () => {
    const db = await loaded();
    const tomorrow = nextStudyDayStart(NOW, day);
    for (const id of ['sample-basic', 'sample-choice', 'sample-cloze', 'sample-typed']) await buryCard(db, id, tomorrow);
    const sample = (await db.decks.get('sample'))!;
    await db.decks.put({ ...sample, id: 'later', title: 'Later', order: sample.order + 1, cardCount: 0 });
    expect(await firstDeckWithWork(db, NOW, prefs)).toBe('sample'); // no work anywhere: the first deck
    expect(hasWork(await loadDeckQueue(db, 'sample', NOW, prefs))).toBe(false);
    expect(await firstDeckWithWork(db, tomorrow + 1, prefs)).toBe('sample');
    expect(hasWork(await loadDeckQueue(db, 'sample', tomorrow + 1, prefs))).toBe(true);
  });
});

describe('store: counts without rows', () => {
  // loadDeckCounts must say what loadDeckQueue says about today: the same counts and done-today,
  // and, when nothing is left, the same time for the next card.
  async function expectSame(db: Awaited<ReturnType<typeof loaded>>, at: number, p = prefs) {
    const queue = await loadDeckQueue(db, 'sample', at, p);
    const counts = await loadDeckCounts(db, 'sample', at, p);
    expect(counts.counts).toEqual(queue.counts);
    expect(counts.doneToday).toEqual(queue.doneToday);
    if (!hasWork(counts)) expect(counts.nextAt).toBe(queue.nextAt);
    else expect(counts.nextAt).toBeNull();
    return counts;
  }

  it('agrees with the queue on a fresh deck, mid-session, at the new-card limit and when all is done', async () => {
    const db = await loaded();
    await expectSame(db, NOW);
    const limited = { ...prefs, limits: { newPerDay: 1, reviewsPerDay: 200 } };
    const first = (await loadDeckQueue(db, 'sample', NOW, limited)).next!;
    await answer(db, first.cardId, first.rev, 3);
    // One new card a day, answered: a learning step is pending, new cards wait for tomorrow.
    await expectSame(db, NOW + 1000, limited);
    await expectSame(db, NOW + 11 * 60_000, limited);
    const learning = (await loadDeckQueue(db, 'sample', NOW + 11 * 60_000, limited)).next!;
    await answer(db, learning.cardId, learning.rev, 4, NOW + 11 * 60_000);
    const done = await expectSame(db, NOW + 12 * 60_000, limited);
    expect(hasWork(done)).toBe(false);
    expect(done.nextAt).toBe(nextStudyDayStart(NOW, day));
  });

  it('counts a queue up to its limit or one past 1,000, leaving out cards due later and in other decks', async () => {
    const db = await loaded();
    const sched = (await db.cardStates.get('sample-basic'))!.sched;
    const row = (cardId: string, queue: QueueCode, due: number): CardStateRow => ({
      cardId,
      deckId: 'sample',
      queue,
      due,
      sched,
      suspended: 0 as const,
      buriedUntil: 0,
      flag: 0,
      rev: 0,
    });
    const dayEnd = nextStudyDayStart(NOW, day);
    await db.cardStates.bulkPut([
      ...Array.from({ length: 1500 }, (_, i) => row(`due-${i}`, Q.review, NOW - i * 1000)),
      // Due after today's end, and in another deck: not today's, not this deck's.
      ...Array.from({ length: 300 }, (_, i) => row(`later-${i}`, Q.review, dayEnd + i)),
      ...Array.from({ length: 200 }, (_, i) => ({ ...row(`other-${i}`, Q.review, NOW - i), deckId: 'other' })),
    ]);
    // Counted exactly up to 1,000; past that, one more (1,001 reads "1,000+") however many are due.
    for (const [reviewsPerDay, shown] of [
      [10, 10],
      [1000, 1000],
      [1001, 1001],
      [1499, 1001],
      [1500, 1001],
      [99_999, 1001],
    ]) {
      const p = { ...prefs, limits: { newPerDay: 9_999, reviewsPerDay } };
      const counts = await expectSame(db, NOW, p);
      expect(counts.counts.reviewCount).toBe(shown);
      // The sample deck's four new cards, whatever the limit.
      expect(counts.counts.newCount).toBe(4);
    }
  });

  it('says when the next card is once every card is suspended but one in review', async () => {
    const db = await loaded();
    const row = (await db.cardStates.get('sample-basic'))!;
    await answer(db, 'sample-basic', row.rev, 4);
    for (const id of ['sample-choice', 'sample-cloze', 'sample-typed']) await suspendCard(db, id);
    const counts = await expectSame(db, NOW + 60_000);
    expect(hasWork(counts)).toBe(false);
    expect(counts.nextAt).toBeGreaterThan(NOW);
  });
});
