/** @jest-environment node */
// The load balancer in the store: an answer lands within its fuzz range on the day with the fewest
// reviews due (counted on the [queue+due] index across decks), never on a light day that is already full.
import { answerCard, DEFAULT_PREFS, Q, syncBundle, writePrefs, type CardStateRow, type CardsDB } from '@/lib/db';
import { reviewsDueByDay } from '@/lib/db/balance-answer';
import { createScheduler, DEFAULT_SRS, studyDayStart, type SchedState } from '@/lib/srs';

import { freshFactory, openDb, SAMPLE } from './helpers';

const DAY = 86_400_000;
// Monday 2 November 2026, 09:00 UTC.
const NOW = Date.UTC(2026, 10, 2, 9, 0);
const scheduler = createScheduler(DEFAULT_SRS);
const dayStart = studyDayStart(NOW, { dayStartHour: 4, timeZone: 'UTC' });

/** A review card last seen 20 days ago with a stability that makes Good about 20 days. */
const review = (): SchedState => ({
  phase: 'review',
  due: NOW,
  stability: 20,
  difficulty: 5,
  elapsedDays: 20,
  scheduledDays: 20,
  learningSteps: 0,
  reps: 5,
  lapses: 0,
  lastReview: NOW - 20 * DAY,
});

async function setUp(loadBalance: boolean, lightDays: number[] = []): Promise<CardsDB> {
  const db = openDb(freshFactory());
  await syncBundle(db, SAMPLE(), NOW);
  await writePrefs(db, { ...DEFAULT_PREFS, timeZone: 'UTC', loadBalance, lightDays });
  const row = (await db.cardStates.get('sample-basic'))!;
  await db.cardStates.put({ ...row, sched: review(), queue: Q.review, due: NOW });
  return db;
}

/** `count` other review cards due on each of these days from today. */
async function load(db: CardsDB, perDay: Record<number, number>) {
  const rows: CardStateRow[] = [];
  for (const [d, count] of Object.entries(perDay)) {
    for (let i = 0; i < count; i++) {
      const due = dayStart + Number(d) * DAY + 6 * 3_600_000 + i;
      rows.push({
        cardId: `load-${d}-${i}`,
        deckId: `other-${i % 3}`,
        queue: Q.review,
        due,
        sched: { ...review(), due },
        suspended: 0,
        buriedUntil: 0,
        flag: 0,
        rev: 0,
      });
    }
  }
  await db.cardStates.bulkPut(rows);
}

const good = async (db: CardsDB) => {
  const before = (await db.cardStates.get('sample-basic'))!;
  const plan = scheduler.fuzzPlan(before.sched, 3, NOW, 'sample-basic')!;
  const { state } = await answerCard(db, {
    cardId: 'sample-basic',
    rev: before.rev,
    rating: 3,
    now: NOW,
    durationMs: 1,
    timeZone: 'UTC',
    scheduler,
  });
  return { plan, days: state.sched.scheduledDays, due: state.due };
};

it('counts the reviews due on each study day across decks', async () => {
  const db = await setUp(true);
  await load(db, { 3: 2, 4: 5 });
  expect(await reviewsDueByDay(db, dayStart + 2 * DAY, 4)).toEqual([0, 2, 5, 0]);
});

it('moves a Good answer to the emptiest day within ts-fsrs’s fuzz range', async () => {
  const db = await setUp(true);
  const { plan } = await good(await setUp(true));
  expect(plan.max - plan.min).toBeGreaterThanOrEqual(2);
  // Every day of the range full but one.
  const perDay: Record<number, number> = {};
  const open = plan.min + 1;
  for (let d = plan.min; d <= plan.max; d++) perDay[d] = d === open ? 0 : 40;
  await load(db, perDay);
  const { days, due } = await good(db);
  expect(days).toBe(open);
  expect(due).toBe(NOW + open * DAY);
});

it('keeps ts-fsrs’s fuzzed answer when balancing is off', async () => {
  const db = await setUp(false);
  const expected = scheduler.answer(review(), 3, NOW, 'sample-basic');
  const { days } = await good(db);
  expect(days).toBe(expected.scheduledDays);
});

it('avoids a light day that already carries its share', async () => {
  const db = await setUp(
    true,
    [0, 1, 2, 3, 4, 5, 6].filter((w) => w !== 3),
  ); // all light but Wednesday
  const { plan } = await good(await setUp(true));
  const perDay: Record<number, number> = {};
  for (let d = plan.min; d <= plan.max; d++) perDay[d] = 10;
  await load(db, perDay);
  const { due } = await good(db);
  expect(new Date(due).getUTCDay()).toBe(3);
});
