// One report shape on the host's device, whichever mode played: the engine's (pass-and-play,
// projector) and the server's (live) reports share their fields.
import type { QuizMode, QuizReportRow } from '@/lib/db/rows';
import type { QuizReport } from '@/lib/quiz/report';

export function toReportRow(report: QuizReport, mode: QuizMode, decks: string[], createdAt: number): QuizReportRow {
  return {
    createdAt,
    mode,
    decks,
    players: report.players
      .filter((p) => p.status === 'active')
      .map((p) => ({
        nickname: p.nickname,
        team: p.team,
        score: p.score,
        right: p.right,
        answered: p.answered,
        rank: p.rank,
        ...(p.deviceId ? { deviceId: p.deviceId } : {}),
        picks: p.picks,
        credits: p.credits,
      })),
    questions: report.questions.map((q) => ({
      cardId: q.cardId,
      deckId: q.deckId,
      prompt: q.prompt,
      skipped: q.skipped,
      right: q.right,
      players: q.players,
      accuracy: q.accuracy,
      correct: q.correct,
    })),
  };
}
