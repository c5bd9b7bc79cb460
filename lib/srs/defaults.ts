// Scheduling defaults, apart from the ts-fsrs adapter so screens can read them without loading it.
import type { SrsSettings } from './types';

export const DEFAULT_SRS: SrsSettings = {
  desiredRetention: 0.9,
  maximumIntervalDays: 36500,
  learningSteps: ['1m', '10m'],
  relearningSteps: ['10m'],
  weights: null,
  enableFuzz: true,
};
