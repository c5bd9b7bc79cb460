// When the FSRS optimizer runs, and what the app does with what it finds. Pure: the worker, the store
// and the tests share it.
//
// Threshold. fsrs-rs's compute_parameters returns its defaults below 8 training items and fits only
// the four first-review stabilities below 64 (training.rs); a training item is a review on a later
// study day than the card's previous one. So a run needs 64 such items before the hold-out, and the
// hold-out (the latest fifth of them) at least 16: 80 items in all.
// Adoption. Personal parameters replace the current ones only if, on the hold-out, their log loss is
// lower than the defaults' and their RMSE(bins) no higher, and (when the current parameters are not the
// defaults) their log loss is also lower than the current ones'. Otherwise nothing changes.
import { FSRS_WEIGHT_RANGES } from '@/lib/srs/weight-ranges';

import type { Metrics } from './optimizer-evaluate';

export const MIN_TRAIN_ITEMS = 64;
export const MIN_TEST_ITEMS = 16;
export const HOLD_OUT_SHARE = 0.2;
/** A background rerun waits for this many reviews since the last run (a few weeks of daily study). */
export const RERUN_AFTER_REVIEWS = 500;

export type ParameterOrigin = 'default' | 'personal' | 'hand';

export interface OptimizerRun {
  at: number;
  /** Reviews in the log when it ran. */
  reviews: number;
  trainItems: number;
  testItems: number;
  defaults: Metrics;
  personal: Metrics;
  /** The current parameters' figures, when they were neither the defaults nor these. */
  current: Metrics | null;
  weights: number[];
  adopted: boolean;
  reason: string;
}

export interface OptimizerRecord {
  lastRun: OptimizerRun | null;
  /** The parameters the optimizer last put in place (to tell personal from hand-entered ones). */
  personal: number[] | null;
  /** The parameters in place before the last change made here (null: the defaults). */
  previous: number[] | null;
}

export const EMPTY_RECORD: OptimizerRecord = { lastRun: null, personal: null, previous: null };

/** Why there is not enough to train on, or null when there is. */
export function notEnoughData(trainItems: number, testItems: number): string | null {
  if (trainItems >= MIN_TRAIN_ITEMS && testItems >= MIN_TEST_ITEMS) return null;
  const have = trainItems + testItems;
  return `Not enough reviews yet: the optimizer needs ${MIN_TRAIN_ITEMS + MIN_TEST_ITEMS} reviews made on a later day than the card's previous one, and has ${have}.`;
}

/** fsrs-rs's parameters brought inside the ranges the scheduler (ts-fsrs) accepts, to 4 decimals. */
export function fitToRanges(weights: readonly number[]): number[] {
  return weights.map((w, i) => {
    const [min, max] = FSRS_WEIGHT_RANGES[i] ?? [-Infinity, Infinity];
    return Number(Math.min(max, Math.max(min, w)).toFixed(4));
  });
}

export interface Verdict {
  adopt: boolean;
  reason: string;
}

const fmt = (x: number) => x.toFixed(4);

export function judge(defaults: Metrics, personal: Metrics, current: Metrics | null): Verdict {
  if (!(personal.logLoss < defaults.logLoss)) {
    return {
      adopt: false,
      reason: `Kept: personal log loss ${fmt(personal.logLoss)} is not below the defaults' ${fmt(defaults.logLoss)}.`,
    };
  }
  if (personal.rmseBins > defaults.rmseBins) {
    return { adopt: false, reason: `Kept: personal RMSE ${fmt(personal.rmseBins)} is above the defaults' ${fmt(defaults.rmseBins)}.` };
  }
  if (current && !(personal.logLoss < current.logLoss)) {
    return {
      adopt: false,
      reason: `Kept: personal log loss ${fmt(personal.logLoss)} is not below the current parameters' ${fmt(current.logLoss)}.`,
    };
  }
  return { adopt: true, reason: 'Adopted: the personal parameters predict your later reviews better than the defaults.' };
}

const same = (a: readonly number[] | null, b: readonly number[] | null) =>
  a === b || (a !== null && b !== null && a.length === b.length && a.every((x, i) => x === b[i]));

export function originOf(weights: readonly number[] | null, record: OptimizerRecord): ParameterOrigin {
  if (weights === null) return 'default';
  return same(weights, record.personal) ? 'personal' : 'hand';
}

/** A background run is due after RERUN_AFTER_REVIEWS new reviews; never over hand-entered parameters. */
export function rerunDue(weights: readonly number[] | null, record: OptimizerRecord, reviews: number): boolean {
  if (originOf(weights, record) === 'hand') return false;
  const since = record.lastRun ? reviews - record.lastRun.reviews : reviews;
  return since >= RERUN_AFTER_REVIEWS;
}

export interface Outcome {
  weights: number[] | null;
  record: OptimizerRecord;
}

/** A finished run: its figures are kept; its parameters take over only when it adopted them. */
export function applyRun(weights: number[] | null, record: OptimizerRecord, run: OptimizerRun): Outcome {
  if (!run.adopted) return { weights, record: { ...record, lastRun: run } };
  return { weights: run.weights, record: { lastRun: run, personal: run.weights, previous: weights } };
}

/** Back to the defaults, or to the parameters in place before the last change; the ones left become "previous". */
export function revert(weights: number[] | null, record: OptimizerRecord, to: 'defaults' | 'previous'): Outcome {
  const next = to === 'defaults' ? null : record.previous;
  return { weights: next, record: { ...record, previous: weights } };
}
