// Every statistic pinned on fixed logs in Berlin across the spring DST change (Sun 29 Mar 2026,
// 02:00 → 03:00) and the autumn one (Sun 25 Oct 2026, 03:00 → 02:00), with day starts at 4 AM and
// at midnight: reviews land on the study day the scheduler would give them, not on UTC dates.
import { emptyCardColumns, emptyLogColumns, PHASE, STANDING, type PhaseCode, type StandingCode } from '@/lib/insight/columns';
import { dayIndex } from '@/lib/insight/day-grid';
import {
  assembleStats,
  cardFigures,
  computeStats,
  FORECAST_DAYS,
  logFigures,
  statsGrid,
  type StatsInput,
  type StatsOptions,
} from '@/lib/insight/stats';

const H = 3_600_000;
const D = 24 * H;
/** Berlin wall-clock time in winter (CET, UTC+1) and summer (CEST, UTC+2). */
const cet = (m: number, d: number, h: number, min = 0) => Date.UTC(2026, m - 1, d, h - 1, min);
const cest = (m: number, d: number, h: number, min = 0) => Date.UTC(2026, m - 1, d, h - 2, min);

interface Review {
  at: number;
  rating?: number;
  ms?: number;
  phase?: PhaseCode;
  interval?: number;
  stability?: number;
  elapsedDays?: number;
}

interface Card {
  standing: StandingCode;
  due: number;
  interval?: number;
}

function input(reviews: Review[], cards: Card[] = [], counted = { new: 0, suspended: 0, retired: 0 }): StatsInput {
  const logs = emptyLogColumns(reviews.length);
  reviews.forEach((r, i) => {
    logs.reviewedAt[i] = r.at;
    logs.rating[i] = r.rating ?? 3;
    logs.durationMs[i] = r.ms ?? 1000;
    logs.phase[i] = r.phase ?? PHASE.learning;
    logs.interval[i] = r.interval ?? 0;
    logs.stability[i] = r.stability ?? 0;
    logs.elapsedDays[i] = r.elapsedDays ?? NaN;
  });
  const c = emptyCardColumns(cards.length);
  cards.forEach((card, i) => {
    c.standing[i] = card.standing;
    c.due[i] = card.due;
    c.interval[i] = card.interval ?? 0;
  });
  return { logs, cards: c, counted };
}

const berlin = (dayStartHour: number, now: number): StatsOptions => ({
  now,
  settings: { dayStartHour, timeZone: 'Europe/Berlin' },
  desiredRetention: 0.9,
  decay: 0.1542,
});

/** Reviews on the heatmap's days, as { key: count } for the days that have any. */
function perDay(keys: string[], counts: number[]): Record<string, number> {
  return Object.fromEntries(keys.map((k, i) => [k, counts[i]]).filter(([, n]) => (n as number) > 0));
}

describe('statistics across the spring DST change', () => {
  const now = cest(3, 30, 12);
  const reviews: Review[] = [
    { at: cet(3, 10, 20), ms: 60_000 },
    { at: cet(3, 11, 20), ms: 60_000 },
    { at: cet(3, 12, 20), ms: 60_000 },
    { at: cet(3, 20, 9) },
    { at: cet(3, 28, 3, 59), ms: 2000 }, // before 4 AM: Friday 27th's study day
    { at: cet(3, 28, 4, 0), ms: 3000 }, // the first instant of Saturday 28th's
    { at: cet(3, 29, 1, 30), ms: 4000 }, // the night of the change, still the 28th's
    { at: cest(3, 29, 3, 30), ms: 5000 }, // 03:30 summer time, after the jump: still the 28th's
    { at: cest(3, 30, 3, 30), ms: 6000 }, // Sunday 29th's
    { at: cest(3, 30, 9, 0), ms: 7000 }, // today
  ];

  it('puts each review on its study day with a 4 AM day start', () => {
    const stats = computeStats(input(reviews), berlin(4, now));
    expect(perDay(stats.heatmap.keys, stats.heatmap.counts)).toEqual({
      '2026-03-10': 1,
      '2026-03-11': 1,
      '2026-03-12': 1,
      '2026-03-20': 1,
      '2026-03-27': 1,
      '2026-03-28': 3,
      '2026-03-29': 1,
      '2026-03-30': 1,
    });
    expect(stats.heatmap.keys).toHaveLength(365);
    expect(stats.heatmap.keys.at(-1)).toBe('2026-03-30');
    expect(stats.streak).toEqual({ current: 4, longest: 4 });
    expect(stats.totalReviews).toBe(10);
    expect(stats.time.keys).toHaveLength(30);
    expect(stats.time.keys.at(-1)).toBe('2026-03-30');
    expect(Object.fromEntries(stats.time.keys.map((k, i) => [k, stats.time.ms[i]]).filter(([, ms]) => (ms as number) > 0))).toEqual({
      '2026-03-10': 60_000,
      '2026-03-11': 60_000,
      '2026-03-12': 60_000,
      '2026-03-20': 1000,
      '2026-03-27': 2000,
      '2026-03-28': 12_000,
      '2026-03-29': 6000,
      '2026-03-30': 7000,
    });
  });

  it('and with a midnight day start, the same reviews fall on other days', () => {
    const stats = computeStats(input(reviews), berlin(0, now));
    expect(perDay(stats.heatmap.keys, stats.heatmap.counts)).toMatchObject({ '2026-03-28': 2, '2026-03-29': 2, '2026-03-30': 2 });
    expect(perDay(stats.heatmap.keys, stats.heatmap.counts)['2026-03-27']).toBeUndefined();
    expect(stats.streak).toEqual({ current: 3, longest: 3 });
  });

  it('keeps the streak through a day not yet studied, and breaks it after a missed one', () => {
    const morning = computeStats(input(reviews.slice(0, -1)), berlin(4, now));
    expect(morning.streak.current).toBe(3);
    const dayLater = computeStats(input(reviews), berlin(4, now + D));
    expect(dayLater.streak.current).toBe(4);
    const twoDaysLater = computeStats(input(reviews), berlin(4, now + 2 * D));
    expect(twoDaysLater.streak).toEqual({ current: 0, longest: 4 });
  });
});

describe('true retention, answer buttons and calibration', () => {
  const now = cest(3, 30, 12);
  const review = (at: number, rating: number, interval: number, extra: Partial<Review> = {}): Review => ({
    at,
    rating,
    interval,
    phase: PHASE.review,
    ...extra,
  });
  const reviews: Review[] = [
    review(cest(3, 30, 9), 3, 30), // today, mature, passed
    review(cest(3, 30, 10), 1, 3), // today, young, failed
    review(cest(3, 30, 3, 30), 2, 5), // 03:30: yesterday's study day, young, passed
    review(cest(3, 26, 12), 4, 21), // 4 days ago, mature (21 days is mature), passed
    review(cest(3, 1, 12), 1, 40), // 29 days ago, mature, failed
    review(cet(2, 20, 12), 3, 10), // 38 days ago, young
    review(now - 400 * D, 3, 50), // over a year ago
    { at: cest(3, 30, 11), rating: 1, phase: PHASE.learning }, // learning: not in retention
    { at: cest(3, 30, 11, 30), rating: 3, phase: PHASE.relearning },
    { at: cest(3, 30, 11, 45), rating: 4, phase: PHASE.new },
  ];

  it("counts Anki's true retention per period, young below 21 days and mature from 21", () => {
    const stats = computeStats(input(reviews), berlin(4, now));
    const byId = Object.fromEntries(stats.retention.map((r) => [r.id, { young: r.young, mature: r.mature }]));
    expect(byId).toEqual({
      today: { young: { pass: 0, fail: 1 }, mature: { pass: 1, fail: 0 } },
      yesterday: { young: { pass: 1, fail: 0 }, mature: { pass: 0, fail: 0 } },
      week: { young: { pass: 1, fail: 1 }, mature: { pass: 2, fail: 0 } },
      month: { young: { pass: 1, fail: 1 }, mature: { pass: 2, fail: 1 } },
      year: { young: { pass: 2, fail: 1 }, mature: { pass: 2, fail: 1 } },
      all: { young: { pass: 2, fail: 1 }, mature: { pass: 3, fail: 1 } },
    });
    expect(stats.desiredRetention).toBe(0.9);
  });

  it('tallies the answer buttons of the last 30 study days by learning, young and mature', () => {
    const stats = computeStats(input(reviews), berlin(4, now));
    expect(stats.buttons).toEqual({ learning: [1, 0, 1, 1], young: [1, 1, 0, 0], mature: [1, 0, 1, 1] });
  });

  it('bins reviews by the recall FSRS predicted when they were answered', () => {
    // Recall is 90% exactly when the time elapsed equals the stability, whatever the decay.
    const calibrated = [
      review(cest(3, 30, 9), 3, 10, { stability: 10, elapsedDays: 10 }),
      review(cest(3, 30, 9), 1, 10, { stability: 10, elapsedDays: 10 }),
      review(cest(3, 30, 9), 3, 10, { stability: 10, elapsedDays: 0.01 }),
      review(cest(3, 30, 9), 3, 10, { stability: 1, elapsedDays: 300 }),
      review(cest(3, 30, 9), 3, 10, { stability: 0, elapsedDays: 3 }), // no memory state: left out
      review(cest(3, 30, 9), 3, 10, {}), // no previous review: left out
    ];
    const { calibration } = computeStats(input(calibrated), berlin(4, now));
    const bins = Object.fromEntries(calibration.bins.filter((b) => b.count > 0).map((b) => [`${b.from}-${b.to}`, b]));
    expect(Object.keys(bins)).toEqual(['0-0.5', '0.9-0.95', '0.95-1']);
    expect(bins['0.9-0.95']).toMatchObject({ count: 2, actual: 0.5 });
    expect(bins['0.9-0.95'].predicted).toBeCloseTo(0.9, 10);
    expect(bins['0.95-1']).toMatchObject({ count: 1, actual: 1 });
    expect(bins['0-0.5'].predicted).toBeLessThan(0.5);
    expect(calibration.count).toBe(4);
    expect(calibration.actual).toBe(0.75);
  });
});

describe('due forecast and card counts', () => {
  it('places due cards on study days across the autumn change (a 25-hour day)', () => {
    const now = cest(10, 24, 12); // Saturday; the study day runs 04:00 CEST to 04:00 CET tomorrow
    const cards: Card[] = [
      { standing: STANDING.review, due: cet(10, 25, 3, 30), interval: 30 }, // after 24 hours, before 4 AM: today
      { standing: STANDING.review, due: cet(10, 25, 4, 0), interval: 5 }, // tomorrow
      { standing: STANDING.learning, due: cest(10, 24, 12, 10) }, // later today
      { standing: STANDING.review, due: cest(10, 23, 12), interval: 8 }, // yesterday: overdue
      { standing: STANDING.learning, due: cest(10, 24, 3) }, // before today's start: overdue
      { standing: STANDING.review, due: cet(11, 3, 12), interval: 40 }, // 10 days ahead
      { standing: STANDING.review, due: now + 400 * D, interval: 400 }, // beyond a year: not shown
      { standing: STANDING.new, due: now + D }, // a buried new card: new, not due
    ];
    const stats = computeStats(input([], cards, { new: 5, suspended: 2, retired: 1 }), berlin(4, now));
    expect(stats.forecast.keys[0]).toBe('2026-10-24');
    expect(stats.forecast.keys).toHaveLength(365);
    expect(stats.forecast.overdue).toEqual({ learning: 1, review: 1 });
    expect(stats.forecast.review.slice(0, 3)).toEqual([1, 1, 0]);
    expect(stats.forecast.learning.slice(0, 2)).toEqual([1, 0]);
    expect(stats.forecast.review[10]).toBe(1);
    expect(stats.forecast.review.reduce((a, b) => a + b, 0)).toBe(3);
    expect(stats.cards).toEqual({ new: 6, learning: 2, young: 2, mature: 3, suspended: 2, retired: 1 });
  });

  it('has nothing to show before the first review', () => {
    const stats = computeStats(input([]), berlin(4, cest(6, 1, 12)));
    expect(stats.streak).toEqual({ current: 0, longest: 0 });
    expect(stats.heatmap.counts.every((n) => n === 0)).toBe(true);
    expect(stats.calibration).toMatchObject({ count: 0, predicted: 0, actual: 0 });
    expect(stats.retention.every((r) => r.young.pass + r.young.fail + r.mature.pass + r.mature.fail === 0)).toBe(true);
  });
});

describe('the figures in two parts (the log while the cards are read)', () => {
  // A year of reviews across both DST changes, in time order (as the log is) and shuffled: each review
  // found from the previous one's day must land where a search of the whole grid puts it.
  const now = cet(12, 1, 12);
  let seed = 7;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const reviews: Review[] = Array.from({ length: 3000 }, () => ({
    at: now - Math.floor(random() * 400 * D),
    rating: 1 + Math.floor(random() * 4),
    ms: Math.floor(random() * 20_000),
    phase: ([PHASE.learning, PHASE.review, PHASE.relearning] as PhaseCode[])[Math.floor(random() * 3)],
    interval: Math.floor(random() * 60),
    stability: random() * 50,
    elapsedDays: random() < 0.1 ? NaN : random() * 60,
  })).sort((a, b) => a.at - b.at);
  const cards: Card[] = Array.from({ length: 500 }, () => ({
    standing: ([STANDING.new, STANDING.learning, STANDING.review] as StandingCode[])[Math.floor(random() * 3)],
    due: now + Math.floor((random() - 0.2) * 400 * D),
    interval: Math.floor(random() * 60),
  }));
  const options = berlin(4, now);
  const sorted = input(reviews, cards, { new: 3, suspended: 2, retired: 1 });
  const shuffled = input(
    [...reviews].sort(() => random() - 0.5),
    [...cards].reverse(),
    { new: 3, suspended: 2, retired: 1 },
  );

  it('puts every review and card on the day a search of the whole grid finds', () => {
    const grid = statsGrid(sorted.logs, options);
    const stats = assembleStats(logFigures(sorted.logs, grid, options), cardFigures(sorted.cards, sorted.counted, grid));
    expect(stats).toEqual(computeStats(sorted, options));
    const perDayRef = new Map<string, number>();
    for (const r of reviews) {
      const key = grid.keys[dayIndex(grid, r.at)];
      perDayRef.set(key, (perDayRef.get(key) ?? 0) + 1);
    }
    stats.heatmap.keys.forEach((key, i) => expect([key, stats.heatmap.counts[i]]).toEqual([key, perDayRef.get(key) ?? 0]));
    const ahead = new Array<number>(FORECAST_DAYS).fill(0);
    for (const c of cards) {
      const day = dayIndex(grid, c.due) - grid.today;
      if (c.standing === STANDING.review && day >= 0 && day < FORECAST_DAYS) ahead[day]++;
    }
    expect(stats.forecast.review).toEqual(ahead);
  });

  it('gives the same figures whatever the order of the log and the cards', () => {
    const a = computeStats(sorted, options);
    const b = computeStats(shuffled, options);
    // Sums of predicted recall differ in their last bits with the order of addition; the rest is exact.
    const { calibration: ca, ...restA } = a;
    const { calibration: cb, ...restB } = b;
    expect(restB).toEqual(restA);
    expect(cb.bins.map((x) => x.count)).toEqual(ca.bins.map((x) => x.count));
    expect(cb.actual).toBe(ca.actual);
    expect(cb.predicted).toBeCloseTo(ca.predicted, 12);
    expect(a.retention.find((r) => r.id === 'year')!.young.pass).toBeGreaterThan(0);
    expect(a.buttons.mature.reduce((x, y) => x + y, 0)).toBeGreaterThan(0);
  });
});
