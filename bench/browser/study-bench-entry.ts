// Runs inside the app's page in Chromium (bundled by bench/study-bench.ts with esbuild): seeds a
// large deck with the app's own store code and times the hot paths against baselines.
import {
  answerCard,
  CardsDB,
  DEFAULT_PREFS,
  getDb,
  loadDeckQueue,
  loadSessionQueue,
  placeInQueue,
  writePrefs,
  type CardRow,
  type CardStateRow,
  type ReviewLogRow,
} from '@/lib/db';
import { exportBackup, restoreBackup } from '@/lib/db/backup';
import { decodeBackup, encodeBackup } from '@/lib/db/backup-file';
import { createScheduler, rawNextForBench, type SchedState } from '@/lib/srs';
import { newSchedState } from '@/lib/srs/new-state';

const DECK = 'bench';
const DAY = 86_400_000;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function sched(i: number, now: number): SchedState {
  const kind = i % 20;
  if (i % 200 === 7)
    return {
      phase: 'learning',
      due: now + ((i % 30) - 10) * 60_000,
      stability: 0.5,
      difficulty: 5,
      elapsedDays: 0,
      scheduledDays: 0,
      learningSteps: 1,
      reps: 1,
      lapses: 0,
      lastReview: now - 60_000,
    };
  if (kind < 7) return newSchedState(now);
  const ivl = 1 + (i % 60);
  const due = now + ((i % 61) - 30) * DAY + (i % 1000) * 1000;
  return {
    phase: 'review',
    due,
    stability: ivl,
    difficulty: 5,
    elapsedDays: 0,
    scheduledDays: ivl,
    learningSteps: 0,
    reps: 3,
    lapses: 0,
    lastReview: due - ivl * DAY,
  };
}

async function seed(count: number): Promise<{ ms: number }> {
  const db = getDb();
  const t0 = performance.now();
  const now = Date.now();
  await db.decks.put({
    id: DECK,
    title: 'Benchmark deck',
    origin: 'bundled',
    summary: 'Synthetic cards for npm run bench.',
    order: 999,
    sources: [],
    hash: 'bench',
    cardCount: count,
  });
  const CHUNK = 5000;
  for (let start = 0; start < count; start += CHUNK) {
    const cards: CardRow[] = [];
    const states: CardStateRow[] = [];
    for (let i = start; i < Math.min(count, start + CHUNK); i++) {
      const id = `bench-${i}`;
      cards.push({
        id,
        deckId: DECK,
        kind: 'basic',
        prompt: `Benchmark prompt ${i}`,
        answer: `Answer ${i}`,
        html: { prompt: `<p>Benchmark prompt ${i}</p>`, answer: `<p>Answer ${i}</p>` },
        source: 'containerd/containerd/README.md',
        sourceUrl: 'https://github.com/containerd/containerd',
        versions: [],
        tags: [],
        position: i,
        hash: String(i),
        retired: 0,
      });
      const base = { cardId: id, deckId: DECK, sched: sched(i, now), suspended: 0 as const, buriedUntil: 0, flag: 0, rev: 0 };
      states.push({ ...base, ...placeInQueue(base, i, false) });
    }
    await db.transaction('rw', db.cards, db.cardStates, async () => {
      await db.cards.bulkPut(cards);
      await db.cardStates.bulkPut(states);
    });
  }
  return { ms: performance.now() - t0 };
}

async function queueTimes(runs: number) {
  const db = getDb();
  const prefs = { ...DEFAULT_PREFS, limits: { newPerDay: 20, reviewsPerDay: 200 } };
  const indexed: number[] = [];
  const scan: number[] = [];
  let size = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const q = await loadDeckQueue(db, DECK, Date.now(), prefs);
    indexed.push(performance.now() - t0);
    size = q.counts.newCount + q.counts.learningCount + q.counts.reviewCount;
  }
  // Study all: every deck at once (the 100k-card deck and the bundled ones), under the overall limits.
  const all: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await loadSessionQueue(db, null, Date.now(), prefs);
    all.push(performance.now() - t0);
  }
  // Baseline: the same question answered by reading every state row of the deck.
  for (let i = 0; i < Math.min(5, runs); i++) {
    const t0 = performance.now();
    const now = Date.now();
    const rows = await db.cardStates.where('deckId').equals(DECK).toArray();
    rows.filter((r) => r.queue >= 0 && r.due < now + DAY).sort((a, b) => a.due - b.due);
    scan.push(performance.now() - t0);
  }
  return { indexedMedian: median(indexed), allMedian: median(all), scanMedian: median(scan), queueSize: size };
}

async function answerTimes(runs: number) {
  const db = getDb();
  const scheduler = createScheduler();
  const rows = await db.cardStates
    .where('[deckId+queue+due]')
    .between([DECK, 2, -Infinity], [DECK, 2, Infinity])
    .limit(runs * 2)
    .toArray();
  // Load balancing on (the default) and off, alternating card by card so both meet the same store.
  const times: number[] = [];
  const plain: number[] = [];
  let balanced = 0;
  for (const [i, row] of rows.entries()) {
    const on = i % 2 === 0;
    await writePrefs(db, { ...DEFAULT_PREFS, loadBalance: on });
    const now = Date.now();
    if (on && scheduler.fuzzPlan(row.sched, 3, now, row.cardId)) balanced++;
    const t0 = performance.now();
    await answerCard(db, { cardId: row.cardId, rev: row.rev, rating: 3, now, durationMs: 3000, timeZone: 'UTC', scheduler });
    (on ? times : plain).push(performance.now() - t0);
  }
  await writePrefs(db, DEFAULT_PREFS);
  // performance.now() is coarsened in the page, so per-call costs are timed over batches of 500.
  const adapter: number[] = [];
  const raw: number[] = [];
  const next = rawNextForBench();
  const sample = rows[0]?.sched;
  const BATCH = 500;
  for (let b = 0; b < 15; b++) {
    let t0 = performance.now();
    for (let i = 0; i < BATCH; i++) next(Date.now());
    raw.push((performance.now() - t0) / BATCH);
    t0 = performance.now();
    for (let i = 0; i < BATCH && sample; i++) scheduler.answer(sample, 3, Date.now(), `bench-${i}`);
    adapter.push((performance.now() - t0) / BATCH);
  }
  return {
    answerMedian: median(times),
    answerPlainMedian: median(plain),
    balanced,
    adapterMedianUs: median(adapter) * 1000,
    fsrsNextMedianUs: median(raw) * 1000,
  };
}

/** A history of `reviews` answers spread over the deck, as years of study would leave. */
async function seedHistory(reviews: number): Promise<void> {
  const db = getDb();
  const states = await db.cardStates.where('deckId').equals(DECK).limit(reviews).toArray();
  const now = Date.now();
  const CHUNK = 5000;
  for (let start = 0; start < reviews; start += CHUNK) {
    const logs: ReviewLogRow[] = [];
    for (let i = start; i < Math.min(reviews, start + CHUNK); i++) {
      const before = states[i % states.length]!;
      logs.push({
        cardId: before.cardId,
        deckId: DECK,
        rating: (1 + (i % 4)) as 1 | 2 | 3 | 4,
        reviewedAt: now - (reviews - i) * 60_000,
        timeZone: 'Europe/Berlin',
        durationMs: 4000 + (i % 7000),
        before,
        after: sched(i + 7, now),
      });
    }
    await db.reviewLogs.bulkAdd(logs);
  }
}

/** A second device with the same cards, all new, that the backup is restored onto. */
async function freshDevice(): Promise<CardsDB> {
  const db = getDb();
  const fresh = new CardsDB('bench-fresh-device');
  await fresh.delete();
  await fresh.open();
  const now = Date.now();
  const CHUNK = 5000;
  const total = await db.cards.count();
  for (let offset = 0; offset < total; offset += CHUNK) {
    const cards = await db.cards.offset(offset).limit(CHUNK).toArray();
    const states = cards.map((card) => {
      const base = {
        cardId: card.id,
        deckId: card.deckId,
        sched: newSchedState(now),
        suspended: 0 as const,
        buriedUntil: 0,
        flag: 0,
        rev: 0,
      };
      return { ...base, ...placeInQueue(base, card.position, false) };
    });
    await fresh.transaction('rw', fresh.cards, fresh.cardStates, async () => {
      await fresh.cards.bulkPut(cards);
      await fresh.cardStates.bulkPut(states);
    });
  }
  return fresh;
}

/** Backup of the whole store to a file and back: each step timed, `runs` times. */
async function backupTimes(runs: number) {
  const db = getDb();
  const steps = { export: [] as number[], encode: [] as number[], decode: [] as number[], restoreSame: [] as number[] };
  let file: Uint8Array = new Uint8Array();
  let jsonBytes = 0;
  for (let r = 0; r < runs; r++) {
    let t0 = performance.now();
    const backup = await exportBackup(db, Date.now());
    steps.export.push(performance.now() - t0);
    t0 = performance.now();
    file = encodeBackup(backup);
    steps.encode.push(performance.now() - t0);
    jsonBytes = JSON.stringify(backup).length;
    t0 = performance.now();
    const decoded = decodeBackup(file);
    steps.decode.push(performance.now() - t0);
    if ('error' in decoded) throw new Error(decoded.error);
    t0 = performance.now();
    await restoreBackup(db, decoded.backup, Date.now());
    steps.restoreSame.push(performance.now() - t0);
  }
  const fresh = await freshDevice();
  const decoded = decodeBackup(file);
  if ('error' in decoded) throw new Error(decoded.error);
  const t0 = performance.now();
  await restoreBackup(fresh, decoded.backup, Date.now());
  const restoreFreshMs = performance.now() - t0;
  const studied = decoded.backup.cardStates.filter((s) => s.sched.reps > 0).length;
  fresh.close();
  await fresh.delete();
  return {
    exportMs: median(steps.export),
    encodeMs: median(steps.encode),
    decodeMs: median(steps.decode),
    restoreSameMs: median(steps.restoreSame),
    restoreFreshMs,
    studied,
    fileBytes: file.length,
    jsonBytes,
    logs: await db.reviewLogs.count(),
    states: await db.cardStates.count(),
  };
}

async function counts() {
  const db = getDb();
  return { cards: await db.cards.count(), states: await db.cardStates.count() };
}

/** Daily limits high enough that the tap bench's sessions never run out of cards. */
async function roomyLimits(): Promise<void> {
  const limits = { newPerDay: 9999, reviewsPerDay: 99999 };
  await writePrefs(getDb(), { ...DEFAULT_PREFS, limits, overallLimits: limits });
}

(window as unknown as { __bench: object }).__bench = { seed, queueTimes, answerTimes, counts, seedHistory, backupTimes, roomyLimits };
