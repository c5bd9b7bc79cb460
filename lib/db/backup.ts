// Backing up and restoring the learner's own data: progress, review history, preferences and quiz
// reports. Card content is not in a backup: it comes with the app, and restore matches by card id.
// Loaded only when Settings backs up or restores, so zod and fflate stay out of every first load.
import { newSchedState } from '@/lib/srs/new-state';

import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, type CardProgress } from './backup-format';
import { bundledVersion } from './deck-sync';
import { readPrefs, writePrefs, type Prefs } from './prefs';
import { placeInQueue, type CardStateRow } from './rows';
import type { CardsDB } from './schema';

const PREFS_KEY = 'prefs';

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
  return db.transaction('r', [db.cardStates, db.reviewLogs, db.settings, db.quizReports], async () => {
    const [states, logs, prefsRow, reports, bundle] = await Promise.all([
      db.cardStates.toArray(),
      db.reviewLogs.orderBy('id').toArray(),
      db.settings.get(PREFS_KEY),
      db.quizReports.orderBy('createdAt').toArray(),
      bundledVersion(db),
    ]);
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: now,
      bundleVersion: bundle ?? null,
      prefs: prefsRow ? await readPrefs(db) : null,
      cardStates: states.map(({ cardId, deckId, sched, suspended, buriedUntil, flag }) => ({ cardId, deckId, sched, suspended, buriedUntil, flag })),
      reviewLogs: logs.map(withoutId),
      quizReports: reports.map(withoutId),
    };
  });
}

/**
 * Replaces this device's progress, history, preferences and quiz reports with the backup's, in one
 * transaction: it all lands or nothing changes. Cards the backup has no progress for start new;
 * every card's rev moves past both sides', so a tab still showing a card cannot answer it.
 */
export async function restoreBackup(db: CardsDB, backup: Backup, now: number): Promise<RestoreReport> {
  const report: RestoreReport = { ...summarize(backup), restored: 0, unknown: 0, reset: 0 };
  const saved = new Map<string, CardProgress>(backup.cardStates.map((s) => [s.cardId, s]));
  const savedRev = new Map<string, number>();
  for (const log of backup.reviewLogs) savedRev.set(log.cardId, Math.max(savedRev.get(log.cardId) ?? 0, log.before.rev));
  await db.transaction('rw', [db.cards, db.cardStates, db.reviewLogs, db.settings, db.quizReports], async () => {
    const [cards, current] = await Promise.all([db.cards.toArray(), db.cardStates.toArray()]);
    const currentRev = new Map(current.map((s) => [s.cardId, s.rev]));
    const fresh = newSchedState(now);
    const rows: CardStateRow[] = cards.map((card) => {
      const progress = saved.get(card.id);
      if (progress) report.restored++;
      else report.reset++;
      const rev = Math.max(currentRev.get(card.id) ?? 0, savedRev.get(card.id) ?? 0) + 1;
      const base = progress
        ? { cardId: card.id, deckId: card.deckId, sched: progress.sched, suspended: progress.suspended, buriedUntil: progress.buriedUntil, flag: progress.flag, rev }
        : { cardId: card.id, deckId: card.deckId, sched: fresh, suspended: 0 as const, buriedUntil: 0, flag: 0, rev };
      return { ...base, ...placeInQueue(base, card.position, card.retired === 1) };
    });
    const known = new Set(cards.map((c) => c.id));
    report.unknown = backup.cardStates.filter((s) => !known.has(s.cardId)).length;
    await db.cardStates.clear();
    await db.cardStates.bulkPut(rows);
    await db.reviewLogs.clear();
    await db.reviewLogs.bulkAdd(backup.reviewLogs.map((log) => ({ ...log })));
    await db.quizReports.clear();
    await db.quizReports.bulkAdd(backup.quizReports.map((r) => ({ ...r })));
    if (backup.prefs) await writePrefs(db, backup.prefs as Prefs);
    else await db.settings.delete(PREFS_KEY);
  });
  return report;
}
