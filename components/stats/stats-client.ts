'use client';
// Asks the statistics worker (lib/db/stats.worker.ts, built to WORKER_FILES.stats) for figures. One
// worker serves the whole visit: started when the screen first opens, it keeps its database open, so
// coming back to the screen costs only the reading and the counting. Where a worker cannot start (or
// in `next dev`, which does not build it), the figures are computed on the page.
import type { StatsFigures, StatsReply, StatsRequest } from '@/lib/db/stats-reply';
import { WORKER_FILES } from '@/lib/pwa/worker-files';

import { loadDbModule } from '../lazy-db';

type Pending = { resolve: (figures: StatsFigures) => void; reject: (error: Error) => void; request: StatsRequest };

let worker: Worker | null | undefined;
let nextSeq = 0;
const pending = new Map<number, Pending>();

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
    w.postMessage({ seq, request });
  });
}
