// The one module that imports ts-fsrs. Everything else speaks SchedState (numbers, no Dates),
// so a ts-fsrs upgrade (a v6 with breaking changes is coming) touches only this file.
import {
  CLAMP_PARAMETERS,
  createEmptyCard,
  type AbstractScheduler,
  fsrs,
  generatorParameters,
  get_fuzz_range,
  Rating as FsrsRating,
  State,
  StrategyMode,
  type Card,
  type FSRS,
  type Grade,
  W17_W18_Ceiling,
} from 'ts-fsrs';

import { checkSrsSettings } from './check-settings';
import { DEFAULT_SRS } from './defaults';
import type { Phase, Rating, SchedState, SrsSettings } from './types';

/** Short-term (same-day) scheduling on; ts-fsrs's range for w19 depends on it (see weight-ranges.ts). */
const ENABLE_SHORT_TERM = true;

const PHASES: Record<State, Phase> = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
};
const STATES: Record<Phase, State> = { new: State.New, learning: State.Learning, review: State.Review, relearning: State.Relearning };

type SeededCard = Card & { seedId: string };

const DAY_MS = 86_400_000;

function toCard(s: SchedState, cardId: string): SeededCard {
  return {
    due: new Date(s.due),
    stability: s.stability,
    difficulty: s.difficulty,
    elapsed_days: s.elapsedDays,
    scheduled_days: s.scheduledDays,
    learning_steps: s.learningSteps,
    reps: s.reps,
    lapses: s.lapses,
    state: STATES[s.phase],
    last_review: s.lastReview === null ? undefined : new Date(s.lastReview),
    seedId: cardId,
  };
}

function fromCard(c: Card): SchedState {
  return {
    phase: PHASES[c.state],
    due: c.due.getTime(),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsedDays: c.elapsed_days,
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    lastReview: c.last_review ? c.last_review.getTime() : null,
  };
}

/** ts-fsrs fuzzes intervals of this many days or more (apply_fuzz: `ivl < 2.5` is returned as is). */
const FUZZ_FROM_DAYS = 2.5;

/**
 * The days ts-fsrs's fuzz picks an interval from, inclusive: its own `get_fuzz_range` (5%–15% of the
 * interval by band, at least a day either side, never under 2 days or past the maximum).
 */
export function fuzzRange(intervalDays: number, elapsedDays: number, maximumIntervalDays: number): { min: number; max: number } {
  const { min_ivl, max_ivl } = get_fuzz_range(intervalDays, elapsedDays, maximumIntervalDays);
  return { min: min_ivl, max: max_ivl };
}

/** An answer's interval before fuzz and the range fuzz would choose from: what the load balancer moves within. */
export interface FuzzPlan {
  /** The new state with the unfuzzed interval. */
  sched: SchedState;
  interval: number;
  min: number;
  max: number;
}

export interface Scheduler {
  newState(now: number): SchedState;
  /** The state each rating would lead to, for the buttons' interval labels. */
  preview(state: SchedState, now: number, cardId: string): Record<Rating, SchedState>;
  answer(state: SchedState, rating: Rating, now: number, cardId: string): SchedState;
  /** Forget: back to new, keeping nothing of the memory state. */
  reset(now: number): SchedState;
  /** The answer's unfuzzed interval and fuzz range, or null when ts-fsrs would not fuzz it (fuzz off, under 2.5 days, not a review). */
  fuzzPlan(state: SchedState, rating: Rating, now: number, cardId: string): FuzzPlan | null;
}

export function createScheduler(settings: SrsSettings = DEFAULT_SRS): Scheduler {
  const problem = checkSrsSettings(settings);
  if (problem) throw new Error(problem);
  const params = generatorParameters({
    request_retention: settings.desiredRetention,
    maximum_interval: settings.maximumIntervalDays,
    enable_fuzz: settings.enableFuzz,
    enable_short_term: ENABLE_SHORT_TERM,
    learning_steps: settings.learningSteps as `${number}m`[],
    relearning_steps: settings.relearningSteps as `${number}m`[],
    ...(settings.weights ? { w: settings.weights } : {}),
  });
  const engine: FSRS = fsrs(params).useStrategy(StrategyMode.SEED, function seed(this: AbstractScheduler) {
    // Fuzz seeded per card and repetition: the same answer always lands on the same day.
    const card = Reflect.get(this, 'current') as SeededCard;
    return `${card.seedId ?? ''}:${card.reps}`;
  });

  // The same parameters without fuzz: the load balancer replaces fuzz's random pick with its own.
  const unfuzzed: FSRS = fsrs({ ...params, enable_fuzz: false });

  const newState = (now: number) => fromCard(createEmptyCard(new Date(now)));
  // ts-fsrs keeps Easy at least a day beyond Good even past the maximum; the maximum wins here.
  const capped = (s: SchedState, now: number): SchedState =>
    s.scheduledDays > settings.maximumIntervalDays
      ? { ...s, scheduledDays: settings.maximumIntervalDays, due: now + settings.maximumIntervalDays * DAY_MS }
      : s;
  return {
    newState,
    preview(state, now, cardId) {
      const preview = engine.repeat(toCard(state, cardId), new Date(now));
      return {
        1: capped(fromCard(preview[FsrsRating.Again].card), now),
        2: capped(fromCard(preview[FsrsRating.Hard].card), now),
        3: capped(fromCard(preview[FsrsRating.Good].card), now),
        4: capped(fromCard(preview[FsrsRating.Easy].card), now),
      };
    },
    answer(state, rating, now, cardId) {
      return capped(fromCard(engine.next(toCard(state, cardId), new Date(now), rating as Grade).card), now);
    },
    reset: newState,
    fuzzPlan(state, rating, now, cardId) {
      if (!settings.enableFuzz) return null;
      const sched = capped(fromCard(unfuzzed.next(toCard(state, cardId), new Date(now), rating as Grade).card), now);
      if (sched.phase !== 'review' || sched.scheduledDays < FUZZ_FROM_DAYS) return null;
      // The result's elapsedDays is the days since the previous review, which ts-fsrs hands apply_fuzz.
      const { min, max } = fuzzRange(sched.scheduledDays, sched.elapsedDays, settings.maximumIntervalDays);
      return { sched, interval: sched.scheduledDays, min, max };
    },
  };
}

/** The [min, max] ts-fsrs clamps each weight to, for the test that keeps weight-ranges.ts a true copy. */
export function tsFsrsWeightRanges(): number[][] {
  return CLAMP_PARAMETERS(W17_W18_Ceiling, ENABLE_SHORT_TERM);
}

/** ts-fsrs's own next() on a fresh card, for the benchmark floor. */
export function rawNextForBench(settings: SrsSettings = DEFAULT_SRS): (now: number) => void {
  const engine = fsrs(generatorParameters({ request_retention: settings.desiredRetention, enable_fuzz: settings.enableFuzz }));
  const card = createEmptyCard(new Date(0));
  return (now) => {
    engine.next(card, new Date(now), FsrsRating.Good);
  };
}
