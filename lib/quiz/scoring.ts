// Points for one answer. Speed: Kahoot's curve, 1000 at once falling to 500 at the deadline.

import type { QuizSettings } from './types';

export const MAX_POINTS = 1000;
export const STREAK_STEP = 100;
export const STREAK_MAX_BONUS = 500;

export function speedPoints(elapsedMs: number, durationMs: number): number {
  const t = Math.min(Math.max(elapsedMs, 0), durationMs);
  return Math.round(MAX_POINTS * (1 - t / durationMs / 2));
}

/**
 * Streak bonus: 100 points per right answer in a row before this one, at most 500
 * (2nd right in a row +100, 3rd +200, … 6th and later +500). A wrong or missing answer
 * resets the streak; a skipped question leaves it alone.
 */
export function streakBonus(streakIncludingThis: number): number {
  return Math.min(Math.max(streakIncludingThis - 1, 0) * STREAK_STEP, STREAK_MAX_BONUS);
}

export function pointsFor(settings: QuizSettings, answer: { correct: boolean; elapsedMs: number }, streakIncludingThis: number): number {
  if (!answer.correct) return 0;
  const base = settings.scoring === 'speed' ? speedPoints(answer.elapsedMs, settings.secondsPerQuestion * 1000) : MAX_POINTS;
  return base + (settings.streakBonus ? streakBonus(streakIncludingThis) : 0);
}
