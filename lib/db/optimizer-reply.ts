// Messages between Settings (components/settings/optimizer-client.ts) and the optimizer's worker.
import type { Outcome } from '@/lib/insight/optimizer-decision';
import type { RunPhase } from '@/lib/insight/optimizer-run';

export type OptimizerPhase = 'loading' | 'reading' | RunPhase;

export type OptimizerReply =
  | { type: 'progress'; phase: OptimizerPhase; epoch?: number }
  | { type: 'done'; outcome: Outcome }
  | { type: 'refused'; reason: string }
  | { type: 'failed'; message: string };

export interface OptimizerRequest {
  /** Where the worker fetches fsrs-browser's WebAssembly. */
  wasmUrl: string;
}
