// The optimizer's record and its changes to the prefs, on the app's own store: an adopted run puts its
// parameters in place through the same validation as Settings, a refused one only keeps its figures,
// and weights the scheduler would refuse are never written.
import 'fake-indexeddb/auto';

import { countReviews, getDb, readOptimizerRecord, readPrefs, recordOptimizerRun, revertParameters, writePrefs } from '@/lib/db';
import { EMPTY_RECORD, type OptimizerRun } from '@/lib/insight/optimizer-decision';
import { FSRS6_DEFAULTS } from '@/lib/srs/fsrs-model';
import { clearLog } from './helpers';

const metrics = { logLoss: 0.3, rmseBins: 0.03, items: 100 };
const run = (weights: number[], adopted = true): OptimizerRun => ({
  at: 1,
  reviews: 500,
  trainItems: 400,
  testItems: 100,
  defaults: { ...metrics, logLoss: 0.4 },
  personal: metrics,
  current: null,
  weights,
  adopted,
  reason: adopted ? 'Adopted' : 'Kept',
});

beforeEach(async () => {
  const db = getDb();
  await db.settings.clear();
  await clearLog(db);
});

it('starts empty, adopts a run, and keeps the settings that were there', async () => {
  const db = getDb();
  const prefs = await readPrefs(db);
  await writePrefs(db, { ...prefs, dayStartHour: 6 });
  expect(await readOptimizerRecord(db)).toEqual(EMPTY_RECORD);
  const personal = FSRS6_DEFAULTS.map((w) => Number((w * 1.01).toFixed(4)));
  await recordOptimizerRun(db, run(personal));
  expect((await readPrefs(db)).srs.weights).toEqual(personal);
  expect((await readPrefs(db)).dayStartHour).toBe(6);
  expect(await readOptimizerRecord(db)).toMatchObject({ personal, previous: null, lastRun: { adopted: true } });
  await revertParameters(db, 'defaults');
  expect((await readPrefs(db)).srs.weights).toBeNull();
  expect((await readOptimizerRecord(db)).previous).toEqual(personal);
  expect(await countReviews(db)).toBe(0);
});

it('writes nothing when the weights are out of the scheduler’s ranges', async () => {
  const db = getDb();
  const bad = [...FSRS6_DEFAULTS];
  bad[4] = 42;
  await expect(recordOptimizerRun(db, run(bad))).rejects.toThrow(/w4/);
  expect((await readPrefs(db)).srs.weights).toBeNull();
  expect(await readOptimizerRecord(db)).toEqual(EMPTY_RECORD);
});

it('a refused run keeps only its figures', async () => {
  const db = getDb();
  await recordOptimizerRun(db, run([...FSRS6_DEFAULTS], false));
  expect((await readPrefs(db)).srs.weights).toBeNull();
  expect((await readOptimizerRecord(db)).lastRun?.reason).toBe('Kept');
});
