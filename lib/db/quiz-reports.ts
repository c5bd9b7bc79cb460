// The host's quiz reports: kept after every game, exported as CSV, and the team's misses sent
// into the host's own review.
import { placeInQueue, Q, type QuizReportRow } from './rows';
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

/** The questions the team missed most: accuracy below 50%, or else the five worst. */
export function missedCards(report: QuizReportRow): string[] {
  const answered = report.questions.filter((q) => q.accuracy !== null) as (QuizReportRow['questions'][number] & { accuracy: number })[];
  const below = answered.filter((q) => q.accuracy < 0.5);
  const picked = below.length > 0 ? below : [...answered].sort((a, b) => a.accuracy - b.accuracy).slice(0, 5);
  return [...new Set(picked.map((q) => q.cardId))];
}

/**
 * Makes the missed cards due now in the host's schedule: into the learning queue with due = now,
 * memory state kept (a new card stays new but moves to the front). Returns how many were moved.
 */
export async function sendMissedToReview(db: CardsDB, cardIds: string[], now: number): Promise<number> {
  return db.transaction('rw', [db.cardStates, db.cards], async () => {
    let moved = 0;
    for (const id of cardIds) {
      const [row, card] = await Promise.all([db.cardStates.get(id), db.cards.get(id)]);
      if (!row || !card || card.retired || row.suspended) continue;
      const base = { ...row, buriedUntil: 0, rev: row.rev + 1 };
      if (row.sched.phase === 'new') {
        await db.cardStates.put({ ...base, ...placeInQueue(base, -1, false) });
      } else {
        const sched = { ...row.sched, due: now };
        const kept = { ...base, sched };
        await db.cardStates.put({ ...kept, queue: row.sched.phase === 'review' ? Q.review : Q.learning, due: now });
      }
      moved++;
    }
    return moved;
  });
}
