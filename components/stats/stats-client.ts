'use client';
// Asks the statistics worker (lib/db/stats.worker.ts, built to WORKER_FILES.stats) for figures. One
// worker serves the whole visit: started when Stats is tapped (or the screen first opens), it keeps its
// database open, so coming back to the screen costs only the reading and the counting. Where a worker
// cannot start (or in `next dev`, which does not build it), the figures are computed on the page.
// The page counts the writes that may change the figures' input (lib/db/stats-watch.ts) and sends the
// count with each request: while it is unchanged the worker answers from the input it read last time.
import type { StatsFigures, StatsMessage, StatsReply, StatsRequest } from '@/lib/db/stats-reply';
import { markStats } from '@/lib/db/stats-marks';
import { WORKER_FILES } from '@/lib/pwa/worker-files';

import { loadDbModule } from '../lazy-db';

type Pending = { resolve: (figures: StatsFigures) => void; reject: (error: Error) => void; request: StatsRequest };

let worker: Worker | null | undefined;
let nextSeq = 0;
const pending = new Map<number, Pending>();
/** Writes to the statistics' input seen since this page began watching; null until it does. */
let writes: number | null = null;
let watching = false;

/** Begins counting writes to the statistics' input (once), as soon as the store's module is loaded. */
function watchWrites(): void {
  if (watching) return;
  watching = true;
  loadDbModule().then(
    (m) => {
      m.watchStatsInput(() => (writes = (writes ?? 0) + 1));
      writes ??= 0;
    },
    () => undefined, // not counted: every request reads afresh
  );
}

async function onPage(request: StatsRequest): Promise<StatsFigures> {
  const { statsFor } = await import('@/lib/db/stats-compute');
  return statsFor((await loadDbModule()).getDb(), request);
}

function fallBack(): void {
  worker?.terminate();
  worker = null;
  for (const [seq, p] of pending) {
    pending.delete(seq);
    onPage(p.request).then(p.resolve, p.reject);
  }
}

/** Starts the worker (once), so that it has opened the database by the time figures are asked for. */
export function startStatsWorker(): void {
  if (worker !== undefined) return;
  watchWrites();
  try {
    worker = typeof Worker === 'undefined' ? null : new Worker(WORKER_FILES.stats, { name: 'stats' });
  } catch {
    worker = null;
  }
  if (!worker) return;
  worker.onmessage = ({ data }: MessageEvent<StatsReply>) => {
    const p = pending.get(data.seq);
    if (!p) return;
    pending.delete(data.seq);
    markStats('answered');
    if (data.ok) p.resolve({ stats: data.stats, reviews: data.reviews, cards: data.cards });
    else p.reject(new Error(data.message));
  };
  // The worker's script did not load or run (blocked, missing, an old browser): compute on the page.
  worker.onerror = (event) => {
    event.preventDefault();
    fallBack();
  };
}

export function requestStats(request: StatsRequest): Promise<StatsFigures> {
  startStatsWorker();
  if (!worker) return onPage(request);
  const seq = ++nextSeq;
  const w = worker;
  return new Promise((resolve, reject) => {
    pending.set(seq, { resolve, reject, request });
    w.postMessage({ seq, request, writes } satisfies StatsMessage);
  });
}

/** Figures asked for at a tap on Stats, before the screen has loaded; the screen takes them when it opens. */
export interface EarlyStats {
  request: StatsRequest;
  /** performance.now() when they were asked for. */
  startedAt: number;
  answer: Promise<StatsFigures>;
}

/** How long figures asked for at a tap wait for their screen (a tap cancelled by a scroll leaves them). */
const EARLY_MS = 5000;
let early: EarlyStats | null = null;

const fresh = (e: EarlyStats | null): e is EarlyStats => e !== null && performance.now() - e.startedAt < EARLY_MS;

/**
 * A tap on the Stats tab (its pointerdown, or the click of a keyboard or screen reader): starts the worker
 * and asks for every deck's figures at once, so reading the store overlaps loading and drawing the screen.
 */
export function prefetchStats(): void {
  if (fresh(early)) return;
  const request: StatsRequest = { deckId: null, now: Date.now() };
  const startedAt = performance.now();
  markStats('asked');
  const answer = requestStats(request);
  answer.catch(() => undefined); // the screen that takes it reports a failure
  early = { request, startedAt, answer };
}

/** The request asked for at the tap, while it waits for its screen: the screen opens with its `now`. */
export function earlyStatsRequest(): StatsRequest | null {
  return fresh(early) ? early.request : null;
}

/** The figures asked for at the tap if they answer `request` (taken once), else null. */
export function takeEarlyStats(request: StatsRequest): EarlyStats | null {
  if (!fresh(early) || early.request.deckId !== request.deckId || early.request.now !== request.now) return null;
  const taken = early;
  early = null;
  return taken;
}
