// A new card's scheduling state, without loading the FSRS engine: the deck sync and "reset" need
// only this, and the screens that run them (Today, the sync worker) need not carry ts-fsrs.
// It equals the adapter's newState (ts-fsrs's empty card); __tests__/srs pins that.
import type { SchedState } from './types';

export function newSchedState(now: number): SchedState {
  return {
    phase: 'new',
    due: now,
    stability: 0,
    difficulty: 0,
    elapsedDays: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: 0,
    lapses: 0,
    lastReview: null,
  };
}
