// Scheduling types shared by the adapter, the store and the screens. Times are epoch milliseconds.

export type Rating = 1 | 2 | 3 | 4;
export const RATINGS: readonly Rating[] = [1, 2, 3, 4];
export const RATING_NAMES: Record<Rating, 'Again' | 'Hard' | 'Good' | 'Easy'> = {
  1: 'Again',
  2: 'Hard',
  3: 'Good',
  4: 'Easy',
};

export type Phase = 'new' | 'learning' | 'review' | 'relearning';

/** FSRS memory state of one card, as stored (no Dates). */
export interface SchedState {
  phase: Phase;
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  lastReview: number | null;
}

export interface SrsSettings {
  desiredRetention: number;
  maximumIntervalDays: number;
  learningSteps: string[];
  relearningSteps: string[];
  /** null: FSRS-6 defaults. */
  weights: number[] | null;
  enableFuzz: boolean;
}

export interface StudyDaySettings {
  /** Hour (0–23, local time) at which the next study day starts. */
  dayStartHour: number;
  /**
   * IANA time zone, e.g. Europe/Berlin; null for the device's own zone, worked out with the Date API's
   * local time (asking Intl for the zone's name costs tens of milliseconds on a phone's first call).
   */
  timeZone: string | null;
}

export interface DailyLimits {
  newPerDay: number;
  reviewsPerDay: number;
}
