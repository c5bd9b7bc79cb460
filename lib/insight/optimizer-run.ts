// One optimizer run from the review log to a verdict: histories by study day, a time-ordered hold-out,
// training on the earlier part (the `train` function: fsrs-browser in the worker, anything in a test),
// then defaults, current and personal parameters judged on the later part.
import { FSRS6_DEFAULTS } from '@/lib/srs/fsrs-model';
import type { StudyDaySettings } from '@/lib/srs/types';

import { fitToRanges, HOLD_OUT_SHARE, judge, notEnoughData, type OptimizerRun } from './optimizer-decision';
import { evaluateParameters } from './optimizer-evaluate';
import { cardHistories, flattenItems, holdOutSplit, trainingItems, type FlatItems, type OptimizerReview } from './optimizer-items';

export type Train = (items: FlatItems) => ArrayLike<number>;

export type RunPhase = 'sorting' | 'training' | 'evaluating';

export interface RunInput {
  reviews: readonly OptimizerReview[];
  settings: StudyDaySettings;
  /** The parameters in use (null: the defaults). */
  current: readonly number[] | null;
  now: number;
  train: Train;
  onPhase?: (phase: RunPhase) => void;
}

export type RunResult = { ok: true; run: OptimizerRun } | { ok: false; reason: string };

export function runOptimizer({ reviews, settings, current, now, train, onPhase }: RunInput): RunResult {
  onPhase?.('sorting');
  const split = holdOutSplit(trainingItems(cardHistories(reviews, settings)), HOLD_OUT_SHARE);
  const short = notEnoughData(split.train.length, split.test.length);
  if (short) return { ok: false, reason: short };
  onPhase?.('training');
  const weights = fitToRanges(Array.from(train(flattenItems(split.train))));
  onPhase?.('evaluating');
  const defaults = evaluateParameters(FSRS6_DEFAULTS, split.test)!;
  const personal = evaluateParameters(weights, split.test)!;
  const currentMetrics = current ? evaluateParameters(current, split.test) : null;
  const verdict = judge(defaults, personal, currentMetrics);
  return {
    ok: true,
    run: {
      at: now,
      reviews: reviews.length,
      trainItems: split.train.length,
      testItems: split.test.length,
      defaults,
      personal,
      current: currentMetrics,
      weights,
      adopted: verdict.adopt,
      reason: verdict.reason,
    },
  };
}
