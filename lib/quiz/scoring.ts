// Points for one answer. Speed: Kahoot's curve, 1000 at once falling to 500 at the deadline (a player
// granted extra time falls over their own, longer window). Accuracy (and any game with no timer): 1000
// for a right answer. A partly right order earns its credit's share (grading.ts); only a fully right
// answer counts as right and keeps the streak.

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

export interface ScoredAnswer {
  /** 0–1; 1 is right. */
  credit: number;
  elapsedMs: number;
  /** The player's answering window (the question's plus any extra time granted). */
  durationMs?: number;
}

export function pointsFor(settings: QuizSettings, answer: ScoredAnswer, streakIncludingThis: number): number {
  if (answer.credit <= 0) return 0;
  const speed = settings.scoring === 'speed' && settings.timer !== false;
  const base = speed ? speedPoints(answer.elapsedMs, answer.durationMs ?? settings.secondsPerQuestion * 1000) : MAX_POINTS;
  if (answer.credit < 1) return Math.round(base * answer.credit);
  return base + (settings.streakBonus ? streakBonus(streakIncludingThis) : 0);
}
