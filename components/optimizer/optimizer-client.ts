'use client';
// Runs the FSRS optimizer's worker (lib/db/optimizer.worker.ts, built to WORKER_FILES.optimizer), one
// run at a time, and tells whoever listens (Settings' section, the background runner) how it goes. All
// the heavy work is in the worker; the page only relays its messages. The worker is ended when the tab
// goes away (pagehide) or its owner asks, which aborts its unfinished write: nothing half-recorded.
import { useSyncExternalStore } from 'react';

import type { OptimizerPhase, OptimizerReply } from '@/lib/db/optimizer-reply';
import { WORKER_FILES } from '@/lib/pwa/worker-files';

export type OptimizerStatus =
  | { running: true; phase: OptimizerPhase; epoch?: number }
  | { running: false; result?: { kind: 'done' | 'refused' | 'failed'; message: string } };

let status: OptimizerStatus = { running: false };
let worker: Worker | null = null;
const listeners = new Set<() => void>();

function set(next: OptimizerStatus): void {
  status = next;
  for (const listener of listeners) listener();
}

function finish(result: NonNullable<Extract<OptimizerStatus, { running: false }>['result']> | undefined): void {
  worker?.terminate();
  worker = null;
  window.removeEventListener('pagehide', onPageHide);
  set({ running: false, result });
}

function onPageHide(): void {
  finish(undefined);
}

const FAILED = 'The optimizer could not run in this browser.';

/** Starts a run unless one is going; false when one was already running or workers are missing. */
export function startOptimizer(): boolean {
  if (worker || typeof Worker === 'undefined') return false;
  try {
    worker = new Worker(WORKER_FILES.optimizer, { name: 'optimizer' });
  } catch {
    set({ running: false, result: { kind: 'failed', message: FAILED } });
    return false;
  }
  window.addEventListener('pagehide', onPageHide);
  worker.onmessage = ({ data }: MessageEvent<OptimizerReply>) => {
    if (data.type === 'progress') set({ running: true, phase: data.phase, epoch: data.epoch });
    else if (data.type === 'done') finish({ kind: 'done', message: data.outcome.record.lastRun?.reason ?? '' });
    else if (data.type === 'refused') finish({ kind: 'refused', message: data.reason });
    else finish({ kind: 'failed', message: `The optimizer stopped: ${data.message}` });
  };
  worker.onerror = (event) => {
    event.preventDefault();
    finish({ kind: 'failed', message: FAILED });
  };
  set({ running: true, phase: 'loading' });
  worker.postMessage({ wasmUrl: WORKER_FILES.optimizerWasm });
  return true;
}

/** Ends a run that is going, if any (its outcome is not recorded). */
export function stopOptimizer(): void {
  if (worker) finish(undefined);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const idle: OptimizerStatus = { running: false };

export function useOptimizerStatus(): OptimizerStatus {
  return useSyncExternalStore(
    subscribe,
    () => status,
    () => idle,
  );
}

export function phaseText(s: Extract<OptimizerStatus, { running: true }>): string {
  switch (s.phase) {
    case 'loading':
      return 'Loading the optimizer…';
    case 'reading':
      return 'Reading your reviews…';
    case 'sorting':
      return 'Sorting your reviews by card and day…';
    case 'training':
      return s.epoch ? `Training on your earlier reviews: pass ${s.epoch} done…` : 'Training on your earlier reviews…';
    case 'evaluating':
      return 'Comparing with the defaults on your latest reviews…';
  }
}
