// Backing up and restoring the learner's own data: progress, review history, preferences and quiz
// reports. Card content is not in a backup: it comes with the app, and restore matches by card id.
// Loaded only when Settings backs up or restores, so zod and fflate stay out of every first load.
import { dequal } from 'dequal';

import { newSchedState } from '@/lib/srs/new-state';

import { allCards, cardTables } from './card-rows';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, type CardProgress } from './backup-format';
import { bundledVersion } from './deck-sync';
import { PREFS_KEY, readPrefs, withDefaults, type Prefs } from './prefs';
import { writePrefs } from './write-prefs';
import { readImportedLog } from './imported-log';
import { placeInQueue, type CardStateRow } from './rows';
import { placeForLine } from './study-line';
import type { CardsDB } from './schema';

/** Restoring before the decks have ever loaded on this device (a first visit while offline). */
export class NoDecksError extends Error {
  constructor() {
    super('The decks have not loaded on this device yet: open the app once while online, then restore.');
    this.name = 'NoDecksError';
  }
}

/** What a backup holds, for the confirmation before a restore and the message after it. */
export interface BackupSummary {
  exportedAt: number;
  studied: number;
  reviews: number;
  quizReports: number;
}

export interface RestoreReport extends BackupSummary {
  /** Cards whose progress came back. */
  restored: number;
  /** Progress for cards this version of the app does not have (kept out; their history stays). */
  unknown: number;
  /** Cards the backup has no progress for, now new. */
  reset: number;
}

export function summarize(backup: Backup): BackupSummary {
  return {
    exportedAt: backup.exportedAt,
    studied: backup.cardStates.filter((s) => s.sched.phase !== 'new' || s.suspended || s.flag).length,
    reviews: backup.reviewLogs.length,
    quizReports: backup.quizReports.length,
  };
}

/** A row as the backup keeps it: the auto-increment key is given again on restore. */
function withoutId<T extends { id?: number }>(row: T): Omit<T, 'id'> {
  const copy = { ...row };
  delete copy.id;
  return copy;
}

/** One consistent read of everything the learner made on this device. */
export async function exportBackup(db: CardsDB, now: number): Promise<Backup> {
  return db.transaction('r', [db.cardStates, db.reviewLogs, db.importedLogs, db.settings, db.quizReports], async () => {
    const [states, here, imported, prefsRow, reports, bundle] = await Promise.all([
      db.cardStates.toArray(),
      db.reviewLogs.orderBy('id').toArray(),
      readImportedLog(db),
      db.settings.get(PREFS_KEY),
      db.quizReports.orderBy('createdAt').toArray(),
      bundledVersion(db),
    ]);
    // Imported history travels as ordinary log rows: the backup's format stays the one every version reads.
    const logs = [...here, ...imported];
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: now,
      bundleVersion: bundle ?? null,
      prefs: prefsRow ? await readPrefs(db) : null,
      cardStates: states.map(({ cardId, deckId, sched, suspended, buriedUntil, flag }) => ({
        cardId,
        deckId,
        sched,
        suspended,
        buriedUntil,
        flag,
      })),
      reviewLogs: logs.map(withoutId),
      quizReports: reports.map(withoutId),
    };
  });
}

/** Same progress in the same place: the scheduling state, or "new and never studied" on both sides. */
function sameProgress(a: CardStateRow, b: CardStateRow): boolean {
  const neverStudied = (row: CardStateRow) => row.sched.phase === 'new' && row.sched.reps === 0;
  return (
    a.deckId === b.deckId &&
    a.queue === b.queue &&
    a.due === b.due &&
    a.suspended === b.suspended &&
    a.buriedUntil === b.buriedUntil &&
    a.flag === b.flag &&
    (dequal(a.sched, b.sched) || (neverStudied(a) && neverStudied(b)))
  );
}

/**
 * Replaces this device's progress, history, preferences and quiz reports with the backup's, in one
 * transaction: it all lands or nothing changes. Cards the backup has no progress for start new.
 * Only what differs is written (restoring onto the device the backup came from rewrites little):
 * a changed card's rev moves past both sides', so a tab still showing it cannot answer it, and the
 * review log keeps the rows it shares with the backup and swaps the rest.
 */
export async function restoreBackup(db: CardsDB, backup: Backup, now: number): Promise<RestoreReport> {
  const report: RestoreReport = { ...summarize(backup), restored: 0, unknown: 0, reset: 0 };
  const saved = new Map<string, CardProgress>(backup.cardStates.map((s) => [s.cardId, s]));
  const savedRev = new Map<string, number>();
  for (const log of backup.reviewLogs) savedRev.set(log.cardId, Math.max(savedRev.get(log.cardId) ?? 0, log.before.rev));
  await db.transaction('rw', [...cardTables(db), db.cardStates, db.reviewLogs, db.importedLogs, db.settings, db.quizReports], async () => {
    const [cards, current, currentLogs] = await Promise.all([allCards(db), db.cardStates.toArray(), db.reviewLogs.orderBy('id').toArray()]);
    // Progress is matched to cards: with none here yet, all of it would be dropped.
    if (cards.length === 0) throw new NoDecksError();
    const currentById = new Map(current.map((s) => [s.cardId, s]));
    const fresh = newSchedState(now);
    const line = withDefaults((backup.prefs as Partial<Prefs> | null) ?? undefined).studyLine;
    const changed: CardStateRow[] = [];
    for (const card of cards) {
      const progress = saved.get(card.id);
      if (progress) report.restored++;
      else report.reset++;
      const { sched, suspended, buriedUntil, flag } = progress ?? { sched: fresh, suspended: 0 as const, buriedUntil: 0, flag: 0 };
      const base = { cardId: card.id, deckId: card.deckId, sched, suspended, buriedUntil, flag, rev: 0 };
      const row = placeForLine({ ...base, ...placeInQueue(base, card.position, card.retired === 1) }, card, line);
      const old = currentById.get(card.id);
      if (old && sameProgress(old, row)) continue;
      row.rev = Math.max(old?.rev ?? 0, savedRev.get(card.id) ?? 0) + 1;
      changed.push(row);
    }
    const known = new Set(cards.map((c) => c.id));
    report.unknown = backup.cardStates.filter((s) => !known.has(s.cardId)).length;
    await db.cardStates.bulkDelete(current.filter((s) => !known.has(s.cardId)).map((s) => s.cardId));
    await db.cardStates.bulkPut(changed);

    let shared = 0;
    const limit = Math.min(currentLogs.length, backup.reviewLogs.length);
    while (shared < limit && dequal(withoutId(currentLogs[shared]!), backup.reviewLogs[shared])) shared++;
    await db.reviewLogs.bulkDelete(currentLogs.slice(shared).map((l) => l.id!));
    await db.reviewLogs.bulkAdd(backup.reviewLogs.slice(shared).map((log) => ({ ...log })));
    // The backup's log holds every answer, imported ones too (exportBackup): they are all in reviewLogs now.
    await db.importedLogs.clear();

    await db.quizReports.clear();
    await db.quizReports.bulkAdd(backup.quizReports.map((r) => ({ ...r })));
    if (backup.prefs) await writePrefs(db, backup.prefs as Prefs);
    else await db.settings.delete(PREFS_KEY);
  });
  return report;
}
