// The load balancer's side in the store: the reviews due on each day of an answer's fuzz range, counted
// on the [queue+due] index (keys only, one range, however many decks), the balanced state, and the state
// each rating would give (what the rating buttons show, worked out exactly as the answer works it out).
import type { Rating, Scheduler, SchedState } from '@/lib/srs';
import { RATINGS } from '@/lib/srs/types';
import { balanceDays, balanceInterval, MAX_BALANCED_DAYS, withIntervalDays } from '@/lib/srs/load-balance';

import { readPrefs, studyDaySettings, type Prefs } from './prefs';
import { Q } from './rows';
import type { CardsDB } from './schema';

const DAY_MS = 86_400_000;

/** Reviews due on each of `days` consecutive study days, the first beginning at `first`. */
export async function reviewsDueByDay(db: CardsDB, first: number, days: number): Promise<number[]> {
  const counts: number[] = Array.from({ length: days }, () => 0);
  const keys = await db.cardStates
    .where('[queue+due]')
    .between([Q.review, first], [Q.review, first + days * DAY_MS], true, false)
    .keys();
  for (const key of keys) {
    const due = (key as unknown as [number, number])[1];
    counts[Math.floor((due - first) / DAY_MS)]!++;
  }
  return counts;
}

/**
 * The answer's state with its interval balanced, when balancing is on and the interval is one ts-fsrs
 * would fuzz and short enough to balance; otherwise null (the caller keeps the fuzzed answer).
 */
export async function balancedAnswer(
  db: CardsDB,
  prefs: Prefs,
  scheduler: Scheduler,
  input: { state: SchedState; rating: Rating; now: number; cardId: string },
): Promise<SchedState | null> {
  if (!prefs.loadBalance) return null;
  const plan = scheduler.fuzzPlan(input.state, input.rating, input.now, input.cardId);
  if (!plan || plan.interval > MAX_BALANCED_DAYS || plan.min > MAX_BALANCED_DAYS) return null;
  const { starts, weekdays } = balanceDays(input.now, studyDaySettings(prefs), plan.min, plan.max);
  const dueCounts = await reviewsDueByDay(db, starts[0]!, starts.length);
  const days = balanceInterval({
    ...plan,
    dueCounts,
    light: weekdays.map((w) => prefs.lightDays.includes(w)),
    seed: `${input.cardId}:${plan.sched.reps}`,
  });
  return days === undefined ? null : withIntervalDays(plan.sched, days, input.now);
}

/** The state an answer gives: balanced when the balancer moves it, else ts-fsrs's own (fuzzed) answer. */
export async function answeredState(
  db: CardsDB,
  prefs: Prefs,
  scheduler: Scheduler,
  input: { state: SchedState; rating: Rating; now: number; cardId: string },
): Promise<SchedState> {
  return (await balancedAnswer(db, prefs, scheduler, input)) ?? scheduler.answer(input.state, input.rating, input.now, input.cardId);
}

/**
 * The state each rating would give this card now, as answering it would (the same balancing on the same
 * load, so the same day): what the rating buttons show. Read-only.
 */
export async function ratingOutcomes(
  db: CardsDB,
  scheduler: Scheduler,
  input: { state: SchedState; now: number; cardId: string },
): Promise<Record<Rating, SchedState>> {
  return db.transaction('r', [db.cardStates, db.settings], async () => {
    const prefs = await readPrefs(db);
    const states = await Promise.all(RATINGS.map((rating) => answeredState(db, prefs, scheduler, { ...input, rating })));
    return Object.fromEntries(RATINGS.map((r, i) => [r, states[i]])) as Record<Rating, SchedState>;
  });
}
