// What the Anki worker (anki.worker.ts) is asked and answers. Files and packages cross as transferred
// bytes; the import's result crosses as plain data (structured clone keeps Maps and typed arrays).
import type { ImportErrorCode } from '@/lib/anki/errors';
import type { ImportSummary } from '@/lib/anki/imported';
import type { SrsSettings } from '@/lib/srs/types';

import type { PreparedImport } from './imported-decks';

export type AnkiRequest =
  { type: 'import'; name: string; bytes: Uint8Array; settings: SrsSettings } | { type: 'export'; now: number; withProgress: boolean };

export type ImportStage = 'reading' | 'replaying';

export type AnkiReply =
  | { type: 'progress'; stage: ImportStage }
  | { type: 'imported'; prepared: PreparedImport; summary: ImportSummary }
  | { type: 'exported'; bytes: Uint8Array }
  | { type: 'error'; code: ImportErrorCode | 'failed'; message: string };

/** Where the worker and sql.js's WebAssembly are served from (built by scripts/build-workers.ts). */
export const SQL_WASM_FILE = '/workers/sql-wasm.wasm';
