/** @jest-environment node */
import { Dexie } from 'dexie';
import { IDBKeyRange } from 'fake-indexeddb';

import {
  answerCard,
  listQuizReports,
  loadDeckQueue,
  DEFAULT_PREFS,
  missedCards,
  quizReportCsv,
  saveQuizReport,
  sendMissedToReview,
  STORES_V2,
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

  it('picks the cards the team missed and makes them due now in the host’s review', async () => {
    expect(missedCards(report)).toEqual(['sample-basic']);
    expect(missedCards({ ...report, questions: report.questions.map((q) => ({ ...q, accuracy: q.accuracy === null ? null : 0.9 })) })).toEqual([
      'sample-choice',
      'sample-basic',
    ]);
    const db = openDb(freshFactory());
    await syncBundle(db, bundleOf(BASIC, CHOICE, CLOZE, TYPED), NOW);
    const row = (await db.cardStates.get('sample-choice'))!;
    await answerCard(db, { cardId: row.cardId, rev: row.rev, rating: 4, now: NOW, durationMs: 1, timeZone: 'UTC', scheduler: createScheduler() });
    const prefs = { ...DEFAULT_PREFS, timeZone: 'UTC', limits: { newPerDay: 1, reviewsPerDay: 10 } };
    expect((await loadDeckQueue(db, 'sample', NOW + 60_000, prefs)).next).toBeNull();

    expect(await sendMissedToReview(db, ['sample-choice', 'sample-typed', 'missing'], NOW + 60_000)).toBe(2);
    const q = await loadDeckQueue(db, 'sample', NOW + 60_000, { ...prefs, limits: { newPerDay: 2, reviewsPerDay: 10 } });
    expect(q.counts.reviewCount).toBe(1);
    expect(q.next?.cardId).toBe('sample-choice');
    const moved = (await db.cardStates.get('sample-choice'))!;
    expect(moved.sched.stability).toBeGreaterThan(0);
    expect(moved.due).toBe(NOW + 60_000);
    const fresh = await loadDeckQueue(db, 'sample', NOW + 60_000, { ...prefs, limits: { newPerDay: 2, reviewsPerDay: 0 } });
    expect(fresh.next?.cardId).toBe('sample-typed');
  });

  it('opens a version-2 database with the quiz reports table added', async () => {
    const factory = freshFactory();
    const v2 = new Dexie('v2', { indexedDB: factory, IDBKeyRange });
    v2.version(2).stores(STORES_V2);
    await v2.table('settings').put({ key: 'prefs', value: { theme: 'dark' } });
    v2.close();
    const db = openDb(factory, 'v2');
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.settings.get('prefs')).toEqual({ key: 'prefs', value: { theme: 'dark' } });
    expect(await db.quizReports.count()).toBe(0);
  });
});
