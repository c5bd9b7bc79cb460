// Runs inside a page of the app's origin (bundled by bench/insight-bench.ts with esbuild): writes the
// synthetic learner's history and cards with the app's own store code, times the baseline that the
// statistics' digest replaces, and reads back what the optimizer recorded.
import { getDb, placeInQueue, readOptimizerRecord, readPrefs, writePrefs, type CardStateRow } from '@/lib/db';
import type { OptimizerRun } from '@/lib/insight/optimizer-decision';
import { FSRS6_DEFAULTS } from '@/lib/srs/fsrs-model';
import { cardColumns } from '@/lib/db/stats-source';
import { emptyLogColumns, PHASE } from '@/lib/insight/columns';
import { computeStats } from '@/lib/insight/stats';
import { newSchedState } from '@/lib/srs/new-state';

import { simulateLearner } from './synthetic-learner';

const DECK = 'bench';

async function seed(cards: number, reviews: number, seedValue: number): Promise<{ studied: number; cards: number; reviews: number }> {
  const db = getDb();
  const now = Date.now();
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const { logs, states } = simulateLearner({ deckId: DECK, prefix: `${DECK}-`, reviews, now, seed: seedValue, timeZone });
  const studied = new Map(states.map((s) => [s.cardId, s]));
  const total = Math.max(cards, states.length);
  await db.decks.put({
    id: DECK,
    title: 'Synthetic learner',
    origin: 'bundled',
    summary: 'npm run bench:insight',
    order: 999,
    sources: [],
    hash: DECK,
    cardCount: total,
  });
  const CHUNK = 5000;
  for (let start = 0; start < total; start += CHUNK) {
    const rows: CardStateRow[] = [];
    for (let i = start; i < Math.min(total, start + CHUNK); i++) {
      const cardId = `${DECK}-${i}`;
      const known = studied.get(cardId);
      if (known) {
        rows.push(known);
        continue;
      }
      const base = { cardId, deckId: DECK, sched: newSchedState(now), suspended: 0 as const, buriedUntil: 0, flag: 0, rev: 0 };
      rows.push({ ...base, ...placeInQueue(base, i, false) });
    }
    await db.cardStates.bulkPut(rows);
  }
  for (let start = 0; start < logs.length; start += CHUNK) await db.reviewLogs.bulkAdd(logs.slice(start, start + CHUNK));
  return { studied: states.length, cards: await db.cardStates.count(), reviews: await db.reviewLogs.count() };
}

/** The figures without the digest: every log row and card row read and gone over, on the page. */
async function baselineMs(): Promise<number> {
  const db = getDb();
  const t0 = performance.now();
  const [rows, states] = await Promise.all([db.reviewLogs.toArray(), db.cardStates.toArray()]);
  const logs = emptyLogColumns(rows.length);
  rows.forEach((row, i) => {
    const before = row.before.sched;
    logs.reviewedAt[i] = row.reviewedAt;
    logs.rating[i] = row.rating;
    logs.durationMs[i] = row.durationMs;
    logs.phase[i] = PHASE[before.phase];
    logs.interval[i] = before.scheduledDays;
    logs.stability[i] = before.stability;
    logs.elapsedDays[i] = before.lastReview === null ? NaN : (row.reviewedAt - before.lastReview) / 86_400_000;
  });
  const scheduled = states.filter((s) => s.queue === 1 || s.queue === 2 || s.queue === -2);
  const counted = {
    new: states.filter((s) => s.queue === 0).length,
    suspended: states.filter((s) => s.queue === -1).length,
    retired: states.filter((s) => s.queue === -3).length,
  };
  computeStats(
    { logs, cards: cardColumns(scheduled), counted },
    { now: Date.now(), settings: { dayStartHour: 4, timeZone: null }, desiredRetention: 0.9, decay: 0.1542 },
  );
  return performance.now() - t0;
}

/**
 * The FSRS-6 defaults entered by hand: the scheduler and the statistics work as with no weights, and the
 * background optimizer (which never replaces hand-entered parameters) stays out of the statistics' timing.
 */
async function enterDefaultsByHand(): Promise<void> {
  const db = getDb();
  const prefs = await readPrefs(db);
  await writePrefs(db, { ...prefs, srs: { ...prefs.srs, weights: [...FSRS6_DEFAULTS] } });
}

async function lastOptimizerRun(): Promise<OptimizerRun | null> {
  return (await readOptimizerRecord(getDb())).lastRun;
}

(window as unknown as { __insight: object }).__insight = { seed, baselineMs, enterDefaultsByHand, lastOptimizerRun };
