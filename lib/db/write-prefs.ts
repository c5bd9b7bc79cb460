// Saving the prefs. Apart from prefs.ts, which the first screen loads for its defaults: a change of the
// study line moves cards in and out of the queues, which needs the card tables (and Dexie itself).
import { cardTables } from './card-rows';
import { PREFS_KEY, readPrefs, type Prefs } from './prefs';
import type { CardsDB } from './schema';
import { applyStudyLine } from './study-line';

/** Saves the prefs; a changed study line moves cards in and out of the queues in the same transaction. */
export async function writePrefs(db: CardsDB, prefs: Prefs): Promise<void> {
  await db.transaction('rw', [db.settings, ...cardTables(db), db.cardStates], async () => {
    const before = await readPrefs(db);
    await db.settings.put({ key: PREFS_KEY, value: prefs });
    if (before.studyLine !== prefs.studyLine) await applyStudyLine(db, prefs.studyLine);
  });
}
