// Every figure of the statistics screen, from the review log and the card states alone (nothing is
// counted as it happens, so nothing can drift): one pass over the reviews, one over the cards.
import { retrievability } from '@/lib/srs/fsrs-model';
import type { StudyDaySettings } from '@/lib/srs/types';

import { MATURE_DAYS, PHASE, STANDING, type CardColumns, type LogColumns } from './columns';
import { dayGrid, dayIndex, type DayGrid } from './day-grid';

export const HEATMAP_DAYS = 365;
/** Time studied and answer buttons cover the last 30 study days. */
export const RECENT_DAYS = 30;
export const FORECAST_DAYS = 365;
/** Upper edges of the calibration bins (predicted recall); the last bin ends at 100%. */
export const CALIBRATION_EDGES = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 1] as const;

const DAY_MS = 86_400_000;

export const RETENTION_PERIODS = [
  { id: 'today', label: 'Today', from: 0, to: 0 },
  { id: 'yesterday', label: 'Yesterday', from: 1, to: 1 },
  { id: 'week', label: 'Last week', from: 0, to: 6 },
  { id: 'month', label: 'Last month', from: 0, to: 29 },
  { id: 'year', label: 'Last year', from: 0, to: 364 },
  { id: 'all', label: 'All time', from: -Infinity, to: Infinity },
] as const;

export interface PassFail {
  pass: number;
  fail: number;
}

export interface CalibrationBin {
  from: number;
  to: number;
  count: number;
  /** Mean predicted recall of the reviews in the bin. */
  predicted: number;
  /** Share of them answered Hard, Good or Easy. */
  actual: number;
}

export type ButtonGroup = 'learning' | 'young' | 'mature';

export interface CardCounts {
  new: number;
  learning: number;
  young: number;
  mature: number;
  suspended: number;
  retired: number;
}

export interface StatsInput {
  logs: LogColumns;
  /** Cards with a schedule (learning, review, or buried). */
  cards: CardColumns;
  /** New, suspended and retired cards, counted without their rows. */
  counted: Pick<CardCounts, 'new' | 'suspended' | 'retired'>;
}

export interface Stats {
  /** Study-day labels (YYYY-MM-DD) of the last 365 days, oldest first, and reviews on each. */
  heatmap: { keys: string[]; counts: number[] };
  streak: { current: number; longest: number };
  totalReviews: number;
  /** Overdue now, then due on each study day from today: learning and review cards. */
  forecast: { overdue: { learning: number; review: number }; keys: string[]; learning: number[]; review: number[] };
  retention: { id: (typeof RETENTION_PERIODS)[number]['id']; label: string; young: PassFail; mature: PassFail }[];
  desiredRetention: number;
  calibration: { bins: CalibrationBin[]; count: number; predicted: number; actual: number };
  cards: CardCounts;
  /** The last 30 study days, oldest first. */
  time: { keys: string[]; ms: number[] };
  /** Answers in the last 30 study days by rating (Again, Hard, Good, Easy). */
  buttons: Record<ButtonGroup, [number, number, number, number]>;
}

export interface StatsOptions {
  now: number;
  settings: StudyDaySettings;
  desiredRetention: number;
  /** The forgetting curve's decay (FSRS-6 parameter w20) of the weights in use. */
  decay: number;
}

function firstReview(logs: LogColumns, now: number): number {
  let first = now;
  for (let i = 0; i < logs.length; i++) if (logs.reviewedAt[i] < first) first = logs.reviewedAt[i];
  return first;
}

function streaks(counts: Int32Array, today: number): { current: number; longest: number } {
  let longest = 0;
  let run = 0;
  for (let d = 0; d <= today; d++) {
    run = counts[d] > 0 ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  // A day not yet studied does not break the streak until it is over.
  let current = 0;
  for (let d = counts[today] > 0 ? today : today - 1; d >= 0 && counts[d] > 0; d--) current++;
  return { current, longest };
}

/** The study days every figure is placed on: from the first review (a year back at least) to a year ahead. */
export function statsGrid(logs: LogColumns, { now, settings }: Pick<StatsOptions, 'now' | 'settings'>): DayGrid {
  return dayGrid(firstReview(logs, now - HEATMAP_DAYS * DAY_MS), now + FORECAST_DAYS * DAY_MS, now, settings);
}

/** The figures that come from the review log alone. */
export type LogFigures = Omit<Stats, 'forecast' | 'cards'>;
/** The figures that come from the card states alone. */
export type CardFigures = Pick<Stats, 'forecast' | 'cards'>;

/** Where a day index lies in a grid, found from the previous review's day first: the log is in time order. */
function dayFinder(grid: DayGrid): (t: number) => number {
  const { starts } = grid;
  let day = -1;
  return (t) => {
    if (day >= 0 && day < starts.length - 1 && starts[day] <= t && t < starts[day + 1]) return day;
    day = dayIndex(grid, t);
    return day;
  };
}

/** Calibration bin of a predicted recall: the first edge it is below (the last bin ends at 100%). */
function binOf(predicted: number): number {
  for (let b = 0; b < CALIBRATION_EDGES.length; b++) if (predicted < CALIBRATION_EDGES[b] || CALIBRATION_EDGES[b] === 1) return b;
  return 0;
}

export function logFigures(logs: LogColumns, grid: DayGrid, options: StatsOptions): LogFigures {
  const today = grid.today;
  const perDay = new Int32Array(grid.keys.length);
  const msPerDay = new Float64Array(grid.keys.length);
  const retention = RETENTION_PERIODS.map((p) => ({ id: p.id, label: p.label, young: { pass: 0, fail: 0 }, mature: { pass: 0, fail: 0 } }));
  // Tallies as flat counters in the hot loop: [period][young pass, young fail, mature pass, mature fail].
  const periods = RETENTION_PERIODS.length;
  const tally = new Int32Array(periods * 4);
  const buttonTally = new Int32Array(3 * 4);
  const binCount = new Int32Array(CALIBRATION_EDGES.length);
  const binPassed = new Int32Array(CALIBRATION_EDGES.length);
  const binPredicted = new Float64Array(CALIBRATION_EDGES.length);
  const dayOf = dayFinder(grid);
  const { reviewedAt, rating, durationMs, phase, interval, stability, elapsedDays } = logs;

  for (let i = 0; i < logs.length; i++) {
    const day = dayOf(reviewedAt[i]);
    const age = today - day;
    const passed = rating[i] > 1;
    if (day >= 0 && day < perDay.length) {
      perDay[day]++;
      msPerDay[day] += durationMs[i];
    }
    const review = phase[i] === PHASE.review;
    const mature = interval[i] >= MATURE_DAYS;
    if (age >= 0 && age < RECENT_DAYS) buttonTally[(review ? (mature ? 2 : 1) : 0) * 4 + rating[i] - 1]++;
    if (!review) continue;
    const slot = (mature ? 2 : 0) + (passed ? 0 : 1);
    for (let p = 0; p < periods; p++) {
      const period = RETENTION_PERIODS[p];
      if (age >= period.from && age <= period.to) tally[p * 4 + slot]++;
    }
    const elapsed = elapsedDays[i];
    if (!(elapsed >= 0) || !(stability[i] > 0)) continue;
    const predicted = retrievability(elapsed, stability[i], options.decay);
    const bin = binOf(predicted);
    binCount[bin]++;
    binPredicted[bin] += predicted;
    if (passed) binPassed[bin]++;
  }

  retention.forEach((r, p) => {
    r.young = { pass: tally[p * 4], fail: tally[p * 4 + 1] };
    r.mature = { pass: tally[p * 4 + 2], fail: tally[p * 4 + 3] };
  });
  const buttonsOf = (g: number): [number, number, number, number] => [
    buttonTally[g * 4],
    buttonTally[g * 4 + 1],
    buttonTally[g * 4 + 2],
    buttonTally[g * 4 + 3],
  ];
  const calibrated = { count: 0, predicted: 0, passed: 0 };
  for (let b = 0; b < CALIBRATION_EDGES.length; b++) {
    calibrated.count += binCount[b];
    calibrated.predicted += binPredicted[b];
    calibrated.passed += binPassed[b];
  }
  // The grid starts a year before today at the latest, so these never fall before it.
  const recent = today - RECENT_DAYS + 1;
  const yearAgo = today - HEATMAP_DAYS + 1;
  return {
    heatmap: { keys: grid.keys.slice(yearAgo, today + 1), counts: Array.from(perDay.slice(yearAgo, today + 1)) },
    streak: streaks(perDay, today),
    totalReviews: logs.length,
    retention,
    desiredRetention: options.desiredRetention,
    calibration: {
      bins: CALIBRATION_EDGES.map((to, b) => ({
        from: b === 0 ? 0 : CALIBRATION_EDGES[b - 1],
        to,
        count: binCount[b],
        predicted: binCount[b] ? binPredicted[b] / binCount[b] : 0,
        actual: binCount[b] ? binPassed[b] / binCount[b] : 0,
      })),
      count: calibrated.count,
      predicted: calibrated.count ? calibrated.predicted / calibrated.count : 0,
      actual: calibrated.count ? calibrated.passed / calibrated.count : 0,
    },
    time: { keys: grid.keys.slice(recent, today + 1), ms: Array.from(msPerDay.slice(recent, today + 1)) },
    buttons: { learning: buttonsOf(0), young: buttonsOf(1), mature: buttonsOf(2) },
  };
}

export function cardFigures(cards: CardColumns, counted: StatsInput['counted'], grid: DayGrid): CardFigures {
  const today = grid.today;
  const counts: CardCounts = { learning: 0, young: 0, mature: 0, ...counted };
  const learning = new Array<number>(FORECAST_DAYS).fill(0);
  const review = new Array<number>(FORECAST_DAYS).fill(0);
  const overdue = { learning: 0, review: 0 };
  const dayOf = dayFinder(grid);
  for (let i = 0; i < cards.length; i++) {
    const standing = cards.standing[i];
    if (standing === STANDING.new) counts.new++;
    else if (standing === STANDING.learning) counts.learning++;
    else if (cards.interval[i] >= MATURE_DAYS) counts.mature++;
    else counts.young++;
    if (standing === STANDING.new) continue;
    const ahead = dayOf(cards.due[i]) - today;
    const kind = standing === STANDING.learning ? 'learning' : 'review';
    if (ahead < 0) overdue[kind]++;
    else if (ahead < FORECAST_DAYS) (kind === 'learning' ? learning : review)[ahead]++;
  }
  return { forecast: { overdue, keys: grid.keys.slice(today, today + FORECAST_DAYS), learning, review }, cards: counts };
}

export function computeStats({ logs, cards, counted }: StatsInput, options: StatsOptions): Stats {
  const grid = statsGrid(logs, options);
  return assembleStats(logFigures(logs, grid, options), cardFigures(cards, counted, grid));
}

/** Both parts in the order the screen lists them. */
export function assembleStats(log: LogFigures, card: CardFigures): Stats {
  const { heatmap, streak, totalReviews, retention, desiredRetention, calibration, time, buttons } = log;
  return {
    heatmap,
    streak,
    totalReviews,
    forecast: card.forecast,
    retention,
    desiredRetention,
    calibration,
    cards: card.cards,
    time,
    buttons,
  };
}
