/** @jest-environment node */
// Prefs saved before Settings checked weight ranges may hold weights ts-fsrs only clamped quietly:
// read back, they must not stop the scheduler (and so the study screen) from starting.
import { DEFAULT_PREFS, PREFS_KEY, readPrefs, writePrefs } from '@/lib/db';
import { createScheduler } from '@/lib/srs';

import { freshFactory, openDb } from './helpers';

it('reads stored weights outside ts-fsrs’s ranges as the FSRS-6 defaults, keeping the rest', async () => {
  const db = openDb(freshFactory());
  await db.settings.put({
    key: PREFS_KEY,
    value: { ...DEFAULT_PREFS, srs: { ...DEFAULT_PREFS.srs, desiredRetention: 0.85, weights: Array(17).fill(-50) } },
  });
  const prefs = await readPrefs(db);
  expect(prefs.srs.weights).toBeNull();
  expect(prefs.srs.desiredRetention).toBe(0.85);
  expect(() => createScheduler(prefs.srs)).not.toThrow();
});

it('keeps stored weights that are inside the ranges', async () => {
  const db = openDb(freshFactory());
  const weights = [0.4, 0.6, 2.4, 5.8, 4.93, 0.94, 0.86, 0.01, 1.49, 0.14, 0.94, 2.18, 0.05, 0.34, 1.26, 0.29, 2.61];
  await writePrefs(db, { ...DEFAULT_PREFS, srs: { ...DEFAULT_PREFS.srs, weights } });
  expect((await readPrefs(db)).srs.weights).toEqual(weights);
});
