// A synthetic learner for npm run bench:insight: the app's scheduler (FSRS-6 defaults) decides when
// each card comes back, and whether it is recalled is drawn from a memory that follows other, known
// FSRS parameters; so the review log has something for the optimizer to find. Deterministic (seeded).
import { placeInQueue, type CardStateRow, type ReviewLogRow } from '@/lib/db';
import { createScheduler, type Rating, type SchedState } from '@/lib/srs';
import { fsrsModel, type MemoryState } from '@/lib/srs/fsrs-model';
import { newSchedState } from '@/lib/srs/new-state';

/** The learner's true memory: FSRS-6 parameters well away from the defaults. */
export const TRUE_WEIGHTS = [
  0.9, 2.6, 6.2, 16.5, 6.9, 0.55, 2.1, 0.02, 1.55, 0.22, 1.1, 1.8, 0.12, 0.34, 1.95, 0.45, 2.4, 0.35, 0.12, 0.09, 0.32,
];

const DAY = 86_400_000;
const HOUR = 3_600_000;

export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface LearnerOptions {
  deckId: string;
  /** Card ids are `${prefix}${i}`. */
  prefix: string;
  reviews: number;
  /** Reviews end before this instant; the first cards start a year earlier. */
  now: number;
  seed: number;
  timeZone: string;
}

export interface Learned {
  logs: ReviewLogRow[];
  states: CardStateRow[];
}

function firstRating(u: number): Rating {
  return u < 0.18 ? 1 : u < 0.3 ? 2 : u < 0.9 ? 3 : 4;
}

/** Simulates cards one after another until `reviews` answers are logged. */
export function simulateLearner(options: LearnerOptions): Learned {
  const random = seededRandom(options.seed);
  const scheduler = createScheduler();
  const truth = fsrsModel(TRUE_WEIGHTS);
  const logs: ReviewLogRow[] = [];
  const states: CardStateRow[] = [];
  const yearAgo = options.now - 365 * DAY;
  for (let card = 0; logs.length < options.reviews; card++) {
    const cardId = `${options.prefix}${card}`;
    let t = yearAgo + Math.floor(random() * 330) * DAY + (8 + random() * 14) * HOUR;
    let row: CardStateRow = {
      cardId,
      deckId: options.deckId,
      queue: 0,
      due: card,
      sched: newSchedState(t),
      suspended: 0,
      buriedUntil: 0,
      flag: 0,
      rev: 0,
    };
    let memory: MemoryState | null = null;
    let last = t;
    while (t < options.now && logs.length < options.reviews) {
      const days = memory ? Math.floor((t - last) / DAY) : 0;
      const rating: Rating =
        memory === null
          ? firstRating(random())
          : random() < truth.recall(memory, Math.max(days, 1e-3))
            ? random() < 0.12
              ? 2
              : random() < 0.93
                ? 3
                : 4
            : 1;
      memory = truth.step(memory, { rating, deltaT: days });
      last = t;
      const sched: SchedState = scheduler.answer(row.sched, rating, t, cardId);
      logs.push({
        cardId,
        deckId: options.deckId,
        rating,
        reviewedAt: Math.round(t),
        timeZone: options.timeZone,
        durationMs: 2500 + Math.floor(random() * 9000),
        before: row,
        after: sched,
      });
      const kept = { ...row, sched, rev: row.rev + 1 };
      row = { ...kept, ...placeInQueue(kept, card, false) };
      // Studied when due, or up to a day later (a learner is not on call).
      t = sched.due + (sched.scheduledDays > 0 ? random() * 20 * HOUR : random() * 5 * 60_000);
    }
    states.push(row);
  }
  return { logs, states };
}
