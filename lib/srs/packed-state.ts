// A SchedState as SCHED_WIDTH numbers in a Float64Array (lastReview NaN when null, the phase by its
// index in PHASE_ORDER), for histories of hundreds of thousands of answers kept as columns, not objects.
import type { Phase, SchedState } from './types';

export const SCHED_WIDTH = 10;

/** The phase's code is its index here (the same order as lib/insight's PHASE). */
export const PHASE_ORDER: readonly Phase[] = ['new', 'learning', 'review', 'relearning'];

/** Offsets of the fields the statistics read straight from the columns. */
export const SCHED_AT = { phase: 0, stability: 2, scheduledDays: 5, lastReview: 9 } as const;

export function putSched(into: Float64Array, at: number, s: SchedState): void {
  const o = at * SCHED_WIDTH;
  into[o] = PHASE_ORDER.indexOf(s.phase);
  into[o + 1] = s.due;
  into[o + 2] = s.stability;
  into[o + 3] = s.difficulty;
  into[o + 4] = s.elapsedDays;
  into[o + 5] = s.scheduledDays;
  into[o + 6] = s.learningSteps;
  into[o + 7] = s.reps;
  into[o + 8] = s.lapses;
  into[o + 9] = s.lastReview ?? NaN;
}

export function getSched(from: Float64Array, at: number): SchedState {
  const o = at * SCHED_WIDTH;
  const last = from[o + 9]!;
  return {
    phase: PHASE_ORDER[from[o]!]!,
    due: from[o + 1]!,
    stability: from[o + 2]!,
    difficulty: from[o + 3]!,
    elapsedDays: from[o + 4]!,
    scheduledDays: from[o + 5]!,
    learningSteps: from[o + 6]!,
    reps: from[o + 7]!,
    lapses: from[o + 8]!,
    lastReview: Number.isNaN(last) ? null : last,
  };
}
