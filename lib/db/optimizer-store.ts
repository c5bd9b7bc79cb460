// The optimizer's record (last run's figures, which parameters it put in place, the ones before) in
// the settings table beside the prefs, and the two changes it makes to the prefs: a run's outcome and a
// revert. Each reads and writes prefs and record in one transaction, so another tab's save is not lost,
// and the scheduler settings they make pass the same check as Settings' own (lib/srs/check-settings.ts).
import { applyRun, EMPTY_RECORD, revert, type OptimizerRecord, type OptimizerRun, type Outcome } from '@/lib/insight/optimizer-decision';
import type { OptimizerReview } from '@/lib/insight/optimizer-items';
import { checkSrsSettings } from '@/lib/srs/check-settings';

import { cardTables } from './card-rows';
import { countImportedAnswers, importedOptimizerReviews } from './imported-log';
import { readPrefs } from './prefs';
import { writePrefs } from './write-prefs';
import type { CardsDB } from './schema';

export const OPTIMIZER_KEY = 'optimizer';

function isRecord(value: unknown): value is OptimizerRecord {
  return typeof value === 'object' && value !== null && 'lastRun' in value && 'personal' in value && 'previous' in value;
}

export async function readOptimizerRecord(db: CardsDB): Promise<OptimizerRecord> {
  const row = await db.settings.get(OPTIMIZER_KEY);
  return isRecord(row?.value) ? row.value : EMPTY_RECORD;
}

async function change(db: CardsDB, decide: (weights: number[] | null, record: OptimizerRecord) => Outcome): Promise<Outcome> {
  return db.transaction('rw', [db.settings, ...cardTables(db), db.cardStates], async () => {
    const [prefs, record] = await Promise.all([readPrefs(db), readOptimizerRecord(db)]);
    const outcome = decide(prefs.srs.weights, record);
    const srs = { ...prefs.srs, weights: outcome.weights };
    const problem = checkSrsSettings(srs);
    if (problem) throw new Error(problem);
    if (outcome.weights !== prefs.srs.weights) await writePrefs(db, { ...prefs, srs });
    await db.settings.put({ key: OPTIMIZER_KEY, value: outcome.record });
    return outcome;
  });
}

/** Keeps a finished run's figures; puts its parameters in place when it adopted them. */
export function recordOptimizerRun(db: CardsDB, run: OptimizerRun): Promise<Outcome> {
  return change(db, (weights, record) => applyRun(weights, record, run));
}

/** Back to the FSRS-6 defaults, or to the parameters in place before the last change. */
export function revertParameters(db: CardsDB, to: 'defaults' | 'previous'): Promise<Outcome> {
  return change(db, (weights, record) => revert(weights, record, to));
}

/** The whole review log (imported history too) as the optimizer reads it: card, time, rating, and whether the card was new. */
export async function readOptimizerReviews(db: CardsDB): Promise<OptimizerReview[]> {
  const [rows, imported] = await Promise.all([db.reviewLogs.toArray(), importedOptimizerReviews(db)]);
  const here = rows.map((row) => ({
    cardId: row.cardId,
    reviewedAt: row.reviewedAt,
    rating: row.rating,
    wasNew: row.before.sched.phase === 'new',
  }));
  return imported.length === 0 ? here : [...here, ...imported];
}

export const countReviews = async (db: CardsDB) => (await db.reviewLogs.count()) + (await countImportedAnswers(db));
