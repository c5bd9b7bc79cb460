'use client';
// Talks to the Anki worker (lib/db/anki.worker.ts, built to WORKER_FILES.anki): one worker per job,
// ended when the job is, so the WebAssembly it loaded is freed. Then, for an import, the page's part:
// sanitize the cards (sanitize-import.ts) and save them (the store's saveImport), reporting each stage.
import type { ImportSummary } from '@/lib/anki/imported';
import type { AnkiReply, AnkiRequest, ImportStage } from '@/lib/db/anki-reply';
import type { CardsDB, SavedImport } from '@/lib/db';
import { WORKER_FILES } from '@/lib/pwa/worker-files';
import type { SrsSettings } from '@/lib/srs/types';

import type { Db } from '../lazy-db';

export class AnkiJobError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AnkiJobError';
  }
}

type Done = Extract<AnkiReply, { type: 'imported' } | { type: 'exported' }>;

function runJob(request: AnkiRequest, transfer: Transferable[], onStage?: (stage: ImportStage) => void): Promise<Done> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(WORKER_FILES.anki, { name: 'anki' });
    } catch {
      reject(new AnkiJobError('This browser cannot start the importer (Web Workers are off).'));
      return;
    }
    worker.onmessage = ({ data }: MessageEvent<AnkiReply>) => {
      if (data.type === 'progress') {
        onStage?.(data.stage);
        return;
      }
      worker.terminate();
      if (data.type === 'error') reject(new AnkiJobError(data.message));
      else resolve(data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      reject(new AnkiJobError('The importer stopped unexpectedly; reload the app and try again.'));
    };
    worker.postMessage(request, transfer);
  });
}

export type ImportStep = { stage: ImportStage } | { stage: 'saving'; written: number; total: number };

export interface ImportOutcome {
  summary: ImportSummary;
  saved: SavedImport;
}

export async function importDeckFile(
  file: File,
  deps: { db: CardsDB; store: Db; settings: SrsSettings; onStep: (step: ImportStep) => void },
): Promise<ImportOutcome> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const done = await runJob({ type: 'import', name: file.name, bytes, settings: deps.settings }, [bytes.buffer], (stage) => deps.onStep({ stage }));
  if (done.type !== 'imported') throw new AnkiJobError('The importer answered something else.');
  const { sanitizeImportedDecks } = await import('./sanitize-import');
  const prepared = { ...done.prepared, decks: sanitizeImportedDecks(done.prepared.decks) };
  const saved = await deps.store.saveImport(deps.db, prepared, {
    now: Date.now(),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    onProgress: (written, total) => deps.onStep({ stage: 'saving', written, total }),
  });
  return { summary: done.summary, saved };
}

/** Every deck as an Anki package, with the learner's progress and review log when asked. */
export async function exportAnkiPackage(withProgress: boolean): Promise<Blob> {
  const done = await runJob({ type: 'export', now: Date.now(), withProgress }, []);
  if (done.type !== 'exported') throw new AnkiJobError('The exporter answered something else.');
  return new Blob([done.bytes as BlobPart], { type: 'application/octet-stream' });
}
