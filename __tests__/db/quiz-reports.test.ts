/** @jest-environment node */
import {
  answerCard,
  deleteQuizReport,
  listQuizReports,
  loadDeckQueue,
  DEFAULT_PREFS,
  missedCards,
  quizReportCsv,
  saveQuizReport,
  sendMissedToReview,
  Q,
  syncBundle,
  type QuizReportRow,
} from '@/lib/db';
import { createScheduler } from '@/lib/srs';

import { BASIC, CHOICE, CLOZE, TYPED } from '../decks/fixtures';
import { bundleOf, freshFactory, openDb } from './helpers';

const NOW = Date.UTC(2026, 10, 2, 9, 0);

const report: QuizReportRow = {
  createdAt: NOW,
  mode: 'pass-and-play',
  decks: ['sample'],
  players: [
    { nickname: 'Bo, "the" lead', team: null, score: 900, right: 1, answered: 2, rank: 2 },
    { nickname: 'Ana', team: null, score: 1500, right: 2, answered: 2, rank: 1 },
  ],
  questions: [
    { cardId: 'sample-choice', deckId: 'sample', prompt: 'Which shim?', skipped: false, right: 2, players: 2, accuracy: 1 },
    { cardId: 'sample-basic', deckId: 'sample', prompt: 'Which program?', skipped: false, right: 0, players: 2, accuracy: 0 },
    { cardId: 'sample-cloze', deckId: 'sample', prompt: 'Root dir', skipped: true, right: 0, players: 2, accuracy: null },
  ],
};

describe('quiz reports', () => {
  it('keeps reports newest first and exports CSV with quoting', async () => {
    const db = openDb(freshFactory());
    await saveQuizReport(db, report);
    await saveQuizReport(db, { ...report, createdAt: NOW + 1, mode: 'projector' });
    expect((await listQuizReports(db)).map((r) => r.mode)).toEqual(['projector', 'pass-and-play']);
    const csv = quizReportCsv(report).split('\r\n');
    expect(csv[0]).toBe('rank,player,team,score,right,answered');
    expect(csv[1]).toBe('1,Ana,,1500,2,2');
    expect(csv[2]).toBe('2,"Bo, ""the"" lead",,900,1,2');
    expect(csv).toContain('2,sample-basic,sample,Which program?,0,2,0');
    expect(csv).toContain('3,sample-cloze,sample,Root dir,0,2,skipped');
  });

  it('picks the questions under 50% right, or else the five worst that someone missed', () => {
    expect(missedCards(report)).toEqual(['sample-basic']);
    const withAccuracy = (...accuracy: (number | null)[]): QuizReportRow => ({
      ...report,
      questions: accuracy.map((a, i) => ({
        cardId: `c${i}`,
        deckId: 'sample',
        prompt: 'p',
        skipped: a === null,
        right: 0,
        players: 4,
        accuracy: a,
      })),
    });
    expect(missedCards(withAccuracy(0.75, 1, 0.5, null, 0.9, 0.6, 0.8, 0.7))).toEqual(['c2', 'c5', 'c7', 'c0', 'c6']);
    expect(missedCards(withAccuracy(1, null, 1))).toEqual([]);
    expect(missedCards(withAccuracy(0.25, 0, 0.75))).toEqual(['c0', 'c1']);
  });

  it('makes the missed cards due now, in today’s queue whatever the daily limits', async () => {
    const db = openDb(freshFactory());
    await syncBundle(db, bundleOf(BASIC, CHOICE, CLOZE, TYPED), NOW);
    const row = (await db.cardStates.get('sample-choice'))!;
    await answerCard(db, {
      cardId: row.cardId,
      rev: row.rev,
      rating: 4,
      now: NOW,
      durationMs: 1,
      timeZone: 'UTC',
      scheduler: createScheduler(),
    });
    // The day's one new card is spent and the review is days away: nothing left today.
    const prefs = { ...DEFAULT_PREFS, timeZone: 'UTC', limits: { newPerDay: 1, reviewsPerDay: 0 } };
    const later = NOW + 60_000;
    expect((await loadDeckQueue(db, 'sample', later, prefs)).next).toBeNull();
    await db.cardStates.update('sample-cloze', { suspended: 1 });
    const before = (await db.cardStates.get('sample-choice'))!;

    expect(await sendMissedToReview(db, ['sample-choice', 'sample-typed', 'sample-typed', 'sample-cloze', 'missing'], later)).toBe(2);
    const q = await loadDeckQueue(db, 'sample', later, prefs);
    expect(q.counts).toEqual({ newCount: 0, learningCount: 2, reviewCount: 0 });
    const moved = (await db.cardStates.get('sample-choice'))!;
    expect(moved).toMatchObject({ queue: Q.learning, due: later, rev: before.rev + 1 });
    expect(moved.sched).toEqual({ ...before.sched, due: later });
    const fresh = (await db.cardStates.get('sample-typed'))!;
    expect(fresh).toMatchObject({ queue: Q.learning, due: later, sched: { phase: 'new' } });
    expect(await db.cardStates.get('sample-cloze')).toMatchObject({ suspended: 1 });

    // Answering one puts it back where its phase belongs.
    await answerCard(db, {
      cardId: 'sample-choice',
      rev: moved.rev,
      rating: 3,
      now: later,
      durationMs: 1,
      timeZone: 'UTC',
      scheduler: createScheduler(),
    });
    expect((await db.cardStates.get('sample-choice'))!.queue).toBe(Q.review);
  });

  it('deletes a report', async () => {
    const db = openDb(freshFactory());
    const id = await saveQuizReport(db, report);
    await deleteQuizReport(db, id);
    expect(await listQuizReports(db)).toEqual([]);
  });
});
