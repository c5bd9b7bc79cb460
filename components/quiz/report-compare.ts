// Reading the host's kept reports player by player: each player's outcome at each question, and the
// same player across games, recognised by the id their device sent on join (never by nickname).
import type { QuizReportRow } from '@/lib/db/rows';

export type Outcome = 'right' | 'wrong' | 'none' | 'absent';

type ReportPlayer = QuizReportRow['players'][number];

/**
 * A player's outcome at question `index`: absent when they were not in it (joined later, or skipped).
 * Read from the credit each answer earned; a report kept before credits were recorded compares picks.
 */
export function outcomeAt(report: QuizReportRow, player: ReportPlayer, index: number): Outcome {
  const question = report.questions[index];
  const record = player.credits ?? player.picks;
  if (!question || question.skipped || !record || !(index in record)) return 'absent';
  const value = record[index];
  if (value === null || value === undefined) return 'none';
  if (player.credits) return value === 1 ? 'right' : 'wrong';
  return value === question.correct ? 'right' : 'wrong';
}

/** Right answers over the questions the player was in; null when they were in none. */
export function playerAccuracy(report: QuizReportRow, player: ReportPlayer): number | null {
  const outcomes = report.questions.map((_, i) => outcomeAt(report, player, i)).filter((o) => o !== 'absent');
  return outcomes.length === 0 ? null : outcomes.filter((o) => o === 'right').length / outcomes.length;
}

export interface PlayerTrend {
  deviceId: string;
  /** The nickname in the newest game. */
  nickname: string;
  /** Oldest first: one entry per game this device played, up to `games`. */
  games: { createdAt: number; nickname: string; accuracy: number | null }[];
}

/** Players seen in two or more of the reports, with their accuracy over their last `games` games. */
export function playerTrends(reports: readonly QuizReportRow[], games = 5): PlayerTrend[] {
  const byDevice = new Map<string, PlayerTrend['games']>();
  for (const report of [...reports].sort((a, b) => a.createdAt - b.createdAt)) {
    for (const player of report.players) {
      if (!player.deviceId) continue;
      const list = byDevice.get(player.deviceId) ?? [];
      list.push({ createdAt: report.createdAt, nickname: player.nickname, accuracy: playerAccuracy(report, player) });
      byDevice.set(player.deviceId, list);
    }
  }
  return [...byDevice.entries()]
    .filter(([, list]) => list.length >= 2)
    .map(([deviceId, list]) => ({ deviceId, nickname: list.at(-1)!.nickname, games: list.slice(-games) }))
    .sort((a, b) => a.nickname.localeCompare(b.nickname));
}
