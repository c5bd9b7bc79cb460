// Every figure of the statistics screen, from the review log and the card states alone (nothing is
// counted as it happens, so nothing can drift): one pass over the reviews, one over the cards.
import { retrievability } from '@/lib/srs/fsrs-model';
import type { StudyDaySettings } from '@/lib/srs/types';

import { MATURE_DAYS, PHASE, STANDING, type CardColumns, type LogColumns } from './columns';
import { dayGrid, dayIndex } from './day-grid';

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

export function computeStats({ logs, cards, counted }: StatsInput, options: StatsOptions): Stats {
  const { now, settings } = options;
  const grid = dayGrid(firstReview(logs, now - HEATMAP_DAYS * DAY_MS), now + FORECAST_DAYS * DAY_MS, now, settings);
  const today = grid.today;
  const perDay = new Int32Array(grid.keys.length);
  const msPerDay = new Float64Array(grid.keys.length);
  const retention = RETENTION_PERIODS.map((p) => ({ id: p.id, label: p.label, young: { pass: 0, fail: 0 }, mature: { pass: 0, fail: 0 } }));
  const buttons: Stats['buttons'] = { learning: [0, 0, 0, 0], young: [0, 0, 0, 0], mature: [0, 0, 0, 0] };
  const bins = CALIBRATION_EDGES.map(() => ({ count: 0, predicted: 0, passed: 0 }));

  for (let i = 0; i < logs.length; i++) {
    const day = dayIndex(grid, logs.reviewedAt[i]);
    const age = today - day;
    const passed = logs.rating[i] > 1;
    if (day >= 0 && day < perDay.length) {
      perDay[day]++;
      msPerDay[day] += logs.durationMs[i];
    }
    const review = logs.phase[i] === PHASE.review;
    const mature = logs.interval[i] >= MATURE_DAYS;
    if (age >= 0 && age < RECENT_DAYS) buttons[review ? (mature ? 'mature' : 'young') : 'learning'][logs.rating[i] - 1]++;
    if (!review) continue;
    RETENTION_PERIODS.forEach((period, p) => {
      if (age < period.from || age > period.to) return;
      const tally = mature ? retention[p].mature : retention[p].young;
      if (passed) tally.pass++;
      else tally.fail++;
    });
    const elapsed = logs.elapsedDays[i];
    if (!(elapsed >= 0) || !(logs.stability[i] > 0)) continue;
    const predicted = retrievability(elapsed, logs.stability[i], options.decay);
    const bin =
      bins[
        Math.max(
          0,
          CALIBRATION_EDGES.findIndex((edge) => predicted < edge || edge === 1),
        )
      ];
    bin.count++;
    bin.predicted += predicted;
    if (passed) bin.passed++;
  }

  const counts: CardCounts = { learning: 0, young: 0, mature: 0, ...counted };
  const learning = new Array<number>(FORECAST_DAYS).fill(0);
  const review = new Array<number>(FORECAST_DAYS).fill(0);
  const overdue = { learning: 0, review: 0 };
  for (let i = 0; i < cards.length; i++) {
    const standing = cards.standing[i];
    if (standing === STANDING.new) counts.new++;
    else if (standing === STANDING.learning) counts.learning++;
    else if (cards.interval[i] >= MATURE_DAYS) counts.mature++;
    else counts.young++;
    if (standing === STANDING.new) continue;
    const ahead = dayIndex(grid, cards.due[i]) - today;
    const kind = standing === STANDING.learning ? 'learning' : 'review';
    if (ahead < 0) overdue[kind]++;
    else if (ahead < FORECAST_DAYS) (kind === 'learning' ? learning : review)[ahead]++;
  }

  const calibrated = bins.reduce(
    (a, b) => ({ count: a.count + b.count, predicted: a.predicted + b.predicted, passed: a.passed + b.passed }),
    { count: 0, predicted: 0, passed: 0 },
  );
  // The grid starts a year before today at the latest, so these never fall before it.
  const recent = today - RECENT_DAYS + 1;
  const yearAgo = today - HEATMAP_DAYS + 1;
  return {
    heatmap: { keys: grid.keys.slice(yearAgo, today + 1), counts: Array.from(perDay.slice(yearAgo, today + 1)) },
    streak: streaks(perDay, today),
    totalReviews: logs.length,
    forecast: { overdue, keys: grid.keys.slice(today, today + FORECAST_DAYS), learning, review },
    retention,
    desiredRetention: options.desiredRetention,
    calibration: {
      bins: bins.map((b, i) => ({
        from: i === 0 ? 0 : CALIBRATION_EDGES[i - 1],
        to: CALIBRATION_EDGES[i],
        count: b.count,
        predicted: b.count ? b.predicted / b.count : 0,
        actual: b.count ? b.passed / b.count : 0,
      })),
      count: calibrated.count,
      predicted: calibrated.count ? calibrated.predicted / calibrated.count : 0,
      actual: calibrated.count ? calibrated.passed / calibrated.count : 0,
    },
    cards: counts,
    time: { keys: grid.keys.slice(recent, today + 1), ms: Array.from(msPerDay.slice(recent, today + 1)) },
    buttons,
  };
}
