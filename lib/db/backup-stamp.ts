// When this device last downloaded a backup: shown in Settings, so a learner knows how old their
// copy is. Not part of a backup (it describes this device); a module of its own, so Settings shows
// it without loading zod and fflate, and the store every screen loads does not carry it.
import type { CardsDB } from './schema';

const LAST_BACKUP_KEY = 'lastBackupAt';

export async function lastBackupAt(db: CardsDB): Promise<number | null> {
  const value = (await db.settings.get(LAST_BACKUP_KEY))?.value;
  return typeof value === 'number' ? value : null;
}

export async function markBackedUp(db: CardsDB, at: number): Promise<void> {
  await db.settings.put({ key: LAST_BACKUP_KEY, value: at });
}
