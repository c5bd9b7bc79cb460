// The host's quiz reports: kept after every game, exported as CSV, and the team's misses sent
// into the host's own review.
import { cardTables, getCards } from './card-rows';
import { Q, type CardStateRow, type QuizReportRow } from './rows';
import type { CardsDB } from './schema';

export async function saveQuizReport(db: CardsDB, report: QuizReportRow): Promise<number> {
  return db.quizReports.add({ ...report });
}

export async function listQuizReports(db: CardsDB): Promise<QuizReportRow[]> {
  return (await db.quizReports.orderBy('createdAt').toArray()).reverse();
}

function csvCell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Two tables in one file: players, then questions (accuracy as a percentage). */
export function quizReportCsv(report: QuizReportRow): string {
  const rows: (string | number | null)[][] = [['rank', 'player', 'team', 'score', 'right', 'answered']];
  for (const p of [...report.players].sort((a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9))) {
    rows.push([p.rank, p.nickname, p.team === null ? null : p.team + 1, p.score, p.right, p.answered]);
  }
  rows.push([]);
  rows.push(['question', 'card', 'deck', 'prompt', 'right', 'players', 'accuracy %']);
  report.questions.forEach((q, i) => {
    rows.push([i + 1, q.cardId, q.deckId, q.prompt, q.right, q.players, q.accuracy === null ? 'skipped' : Math.round(q.accuracy * 100)]);
  });
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/**
 * The cards the team missed most: every question under 50% right, or when there is none, the
 * five worst of those someone missed. Skipped questions say nothing and are left out.
 */
export function missedCards(report: QuizReportRow): string[] {
  const scored = report.questions.flatMap((q) => (q.accuracy === null ? [] : [{ cardId: q.cardId, accuracy: q.accuracy }]));
  const below = scored.filter((q) => q.accuracy < 0.5);
  const picked =
    below.length > 0
      ? below
      : scored
          .filter((q) => q.accuracy < 1)
          .sort((a, b) => a.accuracy - b.accuracy)
          .slice(0, 5);
  return [...new Set(picked.map((q) => q.cardId))];
}

/**
 * Makes the missed cards due now in the host's own schedule. They go into the learning queue,
 * which has no daily limit, so they show in today's study whatever the new and review limits
 * say; their memory state is kept, and the next answer puts each back where its phase belongs.
 * Suspended and retired cards stay as they are. Returns how many cards were moved.
 */
export async function sendMissedToReview(db: CardsDB, cardIds: string[], now: number): Promise<number> {
  const ids = [...new Set(cardIds)];
  return db.transaction('rw', [db.cardStates, ...cardTables(db)], async () => {
    const [rows, cards] = await Promise.all([db.cardStates.bulkGet(ids), getCards(db, ids)]);
    const moved: CardStateRow[] = [];
    rows.forEach((row, i) => {
      const card = cards[i];
      if (!row || !card || card.retired || row.suspended) return;
      const sched = row.sched.phase === 'new' ? row.sched : { ...row.sched, due: now };
      moved.push({ ...row, sched, buriedUntil: 0, queue: Q.learning, due: now, rev: row.rev + 1 });
    });
    await db.cardStates.bulkPut(moved);
    return moved.length;
  });
}

export async function deleteQuizReport(db: CardsDB, id: number): Promise<void> {
  await db.quizReports.delete(id);
}
