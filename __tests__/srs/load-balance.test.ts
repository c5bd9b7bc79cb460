// Easy days and load balancing: within ts-fsrs's own fuzz range, deterministic per card and repetition,
// and over 60 simulated days a flatter forecast with lighter weekends than ts-fsrs's fuzz alone.
import { get_fuzz_range } from 'ts-fsrs';

import { createScheduler, DEFAULT_SRS, nextStudyDayStart, type Rating, type SchedState } from '@/lib/srs';
import { balanceDays, balanceInterval, easyDayFactors, seededFraction, withIntervalDays } from '@/lib/srs/load-balance';

const DAY = 86_400_000;
const day = { dayStartHour: 4, timeZone: 'UTC' };
// Monday 2 November 2026, 09:00 UTC.
const START = Date.UTC(2026, 10, 2, 9, 0);
const scheduler = createScheduler(DEFAULT_SRS);

describe('balanceInterval', () => {
  const input = { interval: 10, min: 9, max: 11, dueCounts: [30, 2, 30], light: [false, false, false], seed: 'c:3' };

  it('is deterministic per seed and stays within [min, max]', () => {
    expect(balanceInterval(input)).toBe(balanceInterval({ ...input }));
    for (let i = 0; i < 200; i++) {
      const days = balanceInterval({ ...input, seed: `card-${i}:4` })!;
      expect(days).toBeGreaterThanOrEqual(9);
      expect(days).toBeLessThanOrEqual(11);
    }
  });

  it('sends most cards to the emptiest day', () => {
    const picks = Array.from({ length: 200 }, (_, i) => balanceInterval({ ...input, seed: `card-${i}:4` }));
    expect(picks.filter((d) => d === 10).length).toBeGreaterThan(190);
  });

  it('closes a light day carrying more than half the others’ average, and keeps it open below', () => {
    expect(easyDayFactors([10, 10, 10], [false, true, false])).toEqual([1, 0.0001, 1]);
    expect(easyDayFactors([10, 4, 10], [false, true, false])).toEqual([1, 1, 1]);
  });

  it('leaves intervals past 90 days to fuzz', () => {
    expect(balanceInterval({ ...input, interval: 91, min: 87, max: 95, dueCounts: Array(9).fill(0), light: Array(9).fill(false) })).toBe(
      undefined,
    );
  });

  it('draws evenly from its seed', () => {
    const draws = Array.from({ length: 4000 }, (_, i) => seededFraction(`card-${i}:1`));
    const low = draws.filter((x) => x < 0.5).length;
    expect(low).toBeGreaterThan(1850);
    expect(low).toBeLessThan(2150);
  });

  it('counts weekdays in the learner’s zone from the study day', () => {
    // Sunday 8 November is 6 days after Monday 2 November.
    expect(balanceDays(START, day, 5, 7).weekdays).toEqual([6, 0, 1]);
  });
});

/** A stable pseudo-random rating: Good nine times in ten, Again otherwise. */
const ratingFor = (cardId: string, reps: number): Rating => (seededFraction(`${cardId}#${reps}`) < 0.1 ? 1 : 3);

interface Simulation {
  /** Reviews answered on each of the 60 days. */
  perDay: number[];
  /** Every balanced interval with ts-fsrs's fuzz bounds for it. */
  checked: { days: number; min: number; max: number }[];
}

/** 30 days of 20 new cards, then 30 more days of reviews; every due card is answered on its day. */
function simulate(balanced: boolean, lightDays: number[]): Simulation {
  const cards = new Map<string, SchedState>();
  const dueDay = new Map<string, number>();
  const load = new Map<number, number>();
  const perDay: number[] = [];
  const checked: Simulation['checked'] = [];
  const dayOf = (due: number) => Math.floor((due - (START - 5 * 3_600_000)) / DAY);
  for (let d = 0; d < 60; d++) {
    const morning = START + d * DAY;
    const dayEnd = nextStudyDayStart(morning, day);
    if (d < 30) for (let i = 0; i < 20; i++) cards.set(`c${d}-${i}`, scheduler.newState(morning));
    let reviews = 0;
    let t = morning;
    for (const [id, first] of cards) {
      let state = first;
      if (state.phase !== 'new' && state.due >= dayEnd) continue;
      if (state.phase === 'review') reviews++;
      const old = dueDay.get(id);
      if (old !== undefined) load.set(old, (load.get(old) ?? 1) - 1);
      // Answer it, then its same-day learning steps, until it leaves today.
      do {
        t = Math.max(t + 1000, state.phase === 'new' ? t : state.due);
        const rating = ratingFor(id, state.reps);
        const plan = balanced ? scheduler.fuzzPlan(state, rating, t, id) : null;
        if (plan) {
          const { weekdays } = balanceDays(t, day, plan.min, plan.max);
          const today = dayOf(t);
          const days = balanceInterval({
            ...plan,
            dueCounts: weekdays.map((_, i) => load.get(today + plan.min + i) ?? 0),
            light: weekdays.map((w) => lightDays.includes(w)),
            seed: `${id}:${plan.sched.reps}`,
          });
          if (days !== undefined) {
            const { min_ivl, max_ivl } = get_fuzz_range(plan.interval, plan.sched.elapsedDays, DEFAULT_SRS.maximumIntervalDays);
            checked.push({ days, min: min_ivl, max: max_ivl });
            state = withIntervalDays(plan.sched, days, t);
            continue;
          }
        }
        state = scheduler.answer(state, rating, t, id);
      } while (state.due < dayEnd);
      cards.set(id, state);
      const due = dayOf(state.due);
      dueDay.set(id, due);
      load.set(due, (load.get(due) ?? 0) + 1);
    }
    perDay.push(reviews);
  }
  return { perDay, checked };
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
// 2 November 2026 is a Monday: days 5 and 6 of each week are the weekend.
const isWeekend = (d: number) => d % 7 === 5 || d % 7 === 6;

describe('the due forecast over 60 days (600 cards, Good nine times in ten)', () => {
  const plain = simulate(false, []);
  const balanced = simulate(true, []);
  const easyWeekends = simulate(true, [0, 6]);
  // From day 10, when reviews have built up, to the end.
  const window = (s: Simulation) => s.perDay.slice(10);
  const peakToMean = (s: Simulation) => Math.max(...window(s)) / mean(window(s));
  const weekendShare = (s: Simulation) => {
    const days = window(s).map((n, i) => ({ n, weekend: isWeekend(i + 10) }));
    return mean(days.filter((x) => x.weekend).map((x) => x.n)) / mean(days.filter((x) => !x.weekend).map((x) => x.n));
  };

  it('keeps every balanced interval within ts-fsrs’s fuzz bounds (get_fuzz_range)', () => {
    expect(balanced.checked.length).toBeGreaterThan(500);
    for (const { days, min, max } of [...balanced.checked, ...easyWeekends.checked]) {
      expect(days).toBeGreaterThanOrEqual(min);
      expect(days).toBeLessThanOrEqual(max);
    }
  });

  it('lowers the peak against the mean', () => {
    expect(peakToMean(balanced)).toBeLessThan(peakToMean(plain));
  });

  it('puts fewer reviews on light weekends', () => {
    expect(weekendShare(easyWeekends)).toBeLessThan(0.75);
    expect(weekendShare(plain)).toBeGreaterThan(0.85);
  });

  it('is deterministic: the same answers on the same load land on the same days', () => {
    expect(simulate(true, [0, 6]).perDay).toEqual(easyWeekends.perDay);
  });

  it('prints the figures', () => {
    const row = (name: string, s: Simulation) =>
      `${name}: peak/mean ${peakToMean(s).toFixed(2)}, weekend/weekday ${weekendShare(s).toFixed(2)}, days 10–59 ${window(s).join(' ')}`;
    console.log([row('fuzz only', plain), row('balanced', balanced), row('balanced, light weekends', easyWeekends)].join('\n'));
  });
});
