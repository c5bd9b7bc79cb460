/** @jest-environment node */
// Backup and restore: a phone's progress, history, preferences and quiz reports survive a move to a
// new device (or a cleared browser), and a bad file changes nothing.
import { gzipSync, strToU8 } from 'fflate';

import {
  answerCard,
  DEFAULT_PREFS,
  suspendCard,
  loadDeckQueue,
  Q,
  saveQuizReport,
  syncBundle,
  undoAnswer,
  writePrefs,
  type CardsDB,
} from '@/lib/db';
import { exportBackup, NoDecksError, restoreBackup, summarize } from '@/lib/db/backup';
import { backupFileName, decodeBackup, encodeBackup } from '@/lib/db/backup-file';
import { parseBackup, type Backup } from '@/lib/db/backup-format';
import { createScheduler, type Rating } from '@/lib/srs';

import { BASIC, CHOICE, CLOZE, TYPED } from '../decks/fixtures';
import { bundleOf, freshFactory, openDb, snapshot } from './helpers';

const NOW = Date.UTC(2026, 10, 2, 9, 0);
const scheduler = createScheduler();
const PREFS = {
  ...DEFAULT_PREFS,
  timeZone: 'Europe/Berlin',
  dayStartHour: 5,
  theme: 'dark' as const,
  limits: { newPerDay: 7, reviewsPerDay: 70 },
};

async function answer(db: CardsDB, cardId: string, rating: Rating, now: number) {
  const row = (await db.cardStates.get(cardId))!;
  return answerCard(db, { cardId, rev: row.rev, rating, now, durationMs: 4000, timeZone: 'Europe/Berlin', scheduler });
}

/** A device with two cards studied, one suspended, custom prefs and a quiz report. */
async function studiedDevice(): Promise<CardsDB> {
  const db = openDb(freshFactory(), 'phone');
  await syncBundle(db, bundleOf(BASIC, CHOICE, CLOZE, TYPED), NOW);
  await answer(db, 'sample-basic', 3, NOW);
  await answer(db, 'sample-choice', 1, NOW + 60_000);
  await answer(db, 'sample-choice', 3, NOW + 120_000);
  await suspendCard(db, 'sample-cloze');
  await writePrefs(db, PREFS);
  await saveQuizReport(db, {
    createdAt: NOW,
    mode: 'projector',
    decks: ['sample'],
    players: [{ nickname: 'Ana', team: null, score: 1000, right: 1, answered: 1, rank: 1 }],
    questions: [{ cardId: 'sample-choice', deckId: 'sample', prompt: 'Which shim?', skipped: false, right: 1, players: 1, accuracy: 1 }],
  });
  return db;
}

/** Rows without the fields a restore gives again (rev moves on; ids are new keys). */
const without = <T extends object>(rows: T[], key: 'rev' | 'id') =>
  rows.map((row) => Object.fromEntries(Object.entries(row).filter(([k]) => k !== key)));
/** Each card's progress; a never-studied card's due time is when that device loaded the decks. */
const progressOf = async (db: CardsDB) =>
  without(
    (await db.cardStates.orderBy('cardId').toArray()).map((row) =>
      row.sched.reps === 0 ? { ...row, sched: { ...row.sched, due: 0 } } : row,
    ),
    'rev',
  );
const logsOf = async (db: CardsDB) => without(await db.reviewLogs.orderBy('id').toArray(), 'id');

describe('backup and restore', () => {
  it('moves everything to a new device through the file, and the queue picks up where it was', async () => {
    const phone = await studiedDevice();
    const backup = await exportBackup(phone, NOW + 3_600_000);
    expect(summarize(backup)).toEqual({ exportedAt: NOW + 3_600_000, studied: 3, reviews: 3, quizReports: 1 });
    const file = encodeBackup(backup);
    expect(file[0]).toBe(0x1f);
    expect(JSON.stringify(backup).length / file.length).toBeGreaterThan(3);
    expect(backupFileName(backup.exportedAt)).toBe('containerd-cards-backup-2026-11-02.json.gz');

    const laptop = openDb(freshFactory(), 'laptop');
    await syncBundle(laptop, bundleOf(BASIC, CHOICE, CLOZE, TYPED), NOW + 86_400_000);
    const decoded = decodeBackup(file);
    if ('error' in decoded) throw new Error(decoded.error);
    const report = await restoreBackup(laptop, decoded.backup, NOW + 86_400_000);
    expect(report).toMatchObject({ restored: 4, unknown: 0, reset: 0, reviews: 3, quizReports: 1 });

    expect(await progressOf(laptop)).toEqual(await progressOf(phone));
    expect(await logsOf(laptop)).toEqual(await logsOf(phone));
    expect((await laptop.settings.get('prefs'))!.value).toEqual(PREFS);
    expect(without(await laptop.quizReports.toArray(), 'id')).toEqual(without(await phone.quizReports.toArray(), 'id'));
    const later = NOW + 5 * 86_400_000;
    expect(await loadDeckQueue(laptop, 'sample', later, PREFS)).toEqual(await loadDeckQueue(phone, 'sample', later, PREFS));
  });

  it('puts cards studied after the backup back to new, keeps unknown cards out, and moves changed revs on', async () => {
    const db = await studiedDevice();
    const backup = await exportBackup(db, NOW + 3_600_000);
    const shown = (await db.cardStates.get('sample-typed'))!;
    await answer(db, 'sample-typed', 4, NOW + 7_200_000);
    const revs = new Map((await db.cardStates.toArray()).map((s) => [s.cardId, s.rev]));
    const withStranger: Backup = {
      ...backup,
      cardStates: [...backup.cardStates, { ...backup.cardStates[0]!, cardId: 'gone-card' }],
    };
    const report = await restoreBackup(db, withStranger, NOW + 7_300_000);
    expect(report).toMatchObject({ restored: 4, unknown: 1, reset: 0 });
    const typed = (await db.cardStates.get('sample-typed'))!;
    expect(typed.sched.phase).toBe('new');
    expect(typed.queue).toBe(Q.new);
    expect(await db.cardStates.get('gone-card')).toBeUndefined();
    expect(await db.reviewLogs.count()).toBe(3);
    // Only the card whose progress changed was written; the others keep their row and rev.
    for (const s of await db.cardStates.toArray()) {
      if (s.cardId === 'sample-typed') expect(s.rev).toBeGreaterThan(revs.get(s.cardId)!);
      else expect(s.rev).toBe(revs.get(s.cardId));
    }
    // A tab still showing the card from before cannot answer it.
    await expect(
      answerCard(db, {
        cardId: 'sample-typed',
        rev: shown.rev,
        rating: 3,
        now: NOW + 7_400_000,
        durationMs: 1,
        timeZone: 'UTC',
        scheduler,
      }),
    ).rejects.toThrow(/another tab/);
  });

  it('rewrites nothing when restored onto the device it came from, and keeps the shared history', async () => {
    const db = await studiedDevice();
    const backup = await exportBackup(db, NOW + 3_600_000);
    const before = await snapshot(db);
    await restoreBackup(db, backup, NOW + 3_700_000);
    expect(await snapshot(db)).toEqual(before);
    // Two answers after the backup: restoring drops exactly those two log rows, and keeps the
    // ids of the three it shares.
    await answer(db, 'sample-typed', 3, NOW + 4_000_000);
    await answer(db, 'sample-basic', 3, NOW + 4_100_000);
    await restoreBackup(db, backup, NOW + 4_200_000);
    expect(await db.reviewLogs.toArray()).toEqual(before.reviewLogs);
    expect(without(await db.cardStates.toArray(), 'rev')).toEqual(without(before.cardStates, 'rev'));
  });

  it('resets cards the backup never saw; a restored answer is history, not undoable', async () => {
    const db = await studiedDevice();
    const empty: Backup = { ...(await exportBackup(db, NOW)), cardStates: [], reviewLogs: [], quizReports: [], prefs: null };
    const emptyReport = await restoreBackup(db, empty, NOW);
    expect(emptyReport).toMatchObject({ restored: 0, reset: 4 });
    expect(await db.settings.get('prefs')).toBeUndefined();
    expect((await db.cardStates.toArray()).every((s) => s.sched.phase === 'new' && s.suspended === 0)).toBe(true);

    const phone = await studiedDevice();
    await restoreBackup(db, await exportBackup(phone, NOW + 200_000), NOW + 300_000);
    const last = (await db.reviewLogs.orderBy('id').last())!;
    expect(last.cardId).toBe('sample-choice');
    // The restore rewrote the card's row (its rev moved on): undo refuses rather than overwrite it.
    expect(await undoAnswer(db, last.id!)).toBeNull();
    expect((await db.cardStates.get('sample-choice'))!.sched.phase).not.toBe('new');
    expect(await db.reviewLogs.get(last.id!)).toBeDefined();
  });

  it('refuses damaged or foreign files with a clear message and changes nothing', async () => {
    const db = await studiedDevice();
    const before = await snapshot(db);
    const good = await exportBackup(db, NOW);
    const json = (value: unknown) => strToU8(JSON.stringify(value));
    const cases: [Uint8Array, RegExp][] = [
      [new Uint8Array(), /empty/],
      [strToU8('{"format": "containerd-cards-backup", "version": 1, "cardSt'), /not JSON, or it was cut short/],
      [json({ name: 'an Anki export' }), /not a containerd Cards backup/],
      [json({ ...good, version: 9 }), /newer version of containerd Cards/],
      [
        json({ ...good, cardStates: [{ ...good.cardStates[0], sched: { ...good.cardStates[0]!.sched, due: 'soon' } }] }),
        /cardStates\[0\]\.sched\.due/,
      ],
      [json({ ...good, reviewLogs: [{ ...good.reviewLogs[0], rating: 7 }] }), /reviewLogs\[0\]\.rating/],
      [json({ ...good, prefs: { ...good.prefs, srs: { ...good.prefs!.srs, desiredRetention: 2 } } }), /prefs\.srs: Desired retention/],
      [json({ ...good, prefs: { ...good.prefs, timeZone: 'Mars/Olympus' } }), /prefs\.timeZone: not a time zone name/],
      [encodeBackup(good).slice(0, 200), /damaged/],
    ];
    for (const [bytes, message] of cases) {
      const result = decodeBackup(bytes);
      expect('error' in result && result.error).toMatch(message);
    }
    // A file that unpacks past the limit is refused as soon as it passes it (here 2 MB of zeros
    // in a 2 KB file, against a 1 MB limit).
    const bomb = gzipSync(new Uint8Array(2 << 20));
    expect(bomb.length).toBeLessThan(4096);
    expect(decodeBackup(bomb, 1 << 20)).toEqual({ error: 'This file unpacks to more than 1 MB: it is not a containerd Cards backup.' });
    expect(decodeBackup(encodeBackup(good), 1 << 20)).toEqual({ backup: good });
    // Plain JSON restores too (a backup unpacked by hand).
    expect(decodeBackup(json(good))).toEqual({ backup: good });
    expect(parseBackup(null)).toEqual({ error: 'This file is not a containerd Cards backup.' });

    // A device whose decks never loaded (a first visit offline) has nothing to match progress to.
    const bare = openDb(freshFactory(), 'bare');
    await writePrefs(bare, DEFAULT_PREFS);
    const bareBefore = await snapshot(bare);
    await expect(restoreBackup(bare, good, NOW)).rejects.toThrow(NoDecksError);
    expect(await snapshot(bare)).toEqual(bareBefore);

    // A write that fails half way rolls back: nothing of the device's data is lost.
    // (Here the second table's write fails: a log row whose key IndexedDB refuses.)
    const broken = { ...good, reviewLogs: [{ ...good.reviewLogs[0]!, id: {} } as Backup['reviewLogs'][number]] };
    await expect(restoreBackup(db, broken, NOW)).rejects.toThrow();
    expect(await snapshot(db)).toEqual(before);
  });
});
