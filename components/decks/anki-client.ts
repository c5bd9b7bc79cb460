'use client';
// Talks to the Anki worker (lib/db/anki.worker.ts, built to WORKER_FILES.anki): one worker per job,
// ended when the job is, so the WebAssembly it loaded is freed. The worker reads, replays and saves an
// import itself; the page's part is to sanitize its cards (sanitize-import.ts) in the small batches the
// worker sends, and to pass on each stage.
import type { ImportedDeck, ImportSummary } from '@/lib/anki/imported';
import type { SavedImport } from '@/lib/db';
import { IMPORT_TIMINGS_MARK, type AnkiReply, type AnkiRequest, type ImportStage } from '@/lib/db/anki-reply';
import type { CompiledCard } from '@/lib/decks/types';
import { WORKER_FILES } from '@/lib/pwa/worker-files';
import type { SrsSettings } from '@/lib/srs/types';

export class AnkiJobError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AnkiJobError';
  }
}

type Done = Extract<AnkiReply, { type: 'imported' } | { type: 'exported' }>;

export type ImportStep = { stage: ImportStage } | { stage: 'saving'; written: number; total: number };

interface JobHooks {
  onStep?: (step: ImportStep) => void;
  /** Makes a batch of an import's cards safe, on the page (each batch its own short task). */
  sanitize?: (deck: ImportedDeck) => CompiledCard[];
}

function runJob(request: AnkiRequest, transfer: Transferable[], hooks: JobHooks = {}): Promise<Done> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(WORKER_FILES.anki, { name: 'anki' });
    } catch {
      reject(new AnkiJobError('This browser cannot start the importer (Web Workers are off).'));
      return;
    }
    const fail = (message: string) => {
      worker.terminate();
      reject(new AnkiJobError(message));
    };
    worker.onmessage = ({ data }: MessageEvent<AnkiReply>) => {
      if (data.type === 'progress') hooks.onStep?.({ stage: data.stage });
      else if (data.type === 'saving') hooks.onStep?.({ stage: 'saving', written: data.written, total: data.total });
      else if (data.type === 'sanitize') {
        if (!hooks.sanitize) return fail('The importer asked for something this page does not do.');
        const reply: AnkiRequest = { type: 'sanitized', id: data.id, cards: hooks.sanitize(data.deck) };
        worker.postMessage(reply);
      } else if (data.type === 'error') fail(data.message);
      else {
        worker.terminate();
        resolve(data);
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      fail('The importer stopped unexpectedly; reload the app and try again.');
    };
    worker.postMessage(request, transfer);
  });
}

export interface ImportOutcome {
  summary: ImportSummary;
  saved: SavedImport;
}

export async function importDeckFile(
  file: File,
  deps: { settings: SrsSettings; onStep: (step: ImportStep) => void },
): Promise<ImportOutcome> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  // Loaded before the worker starts, so each batch it sends is sanitized in the task that receives it.
  const sanitize = (await import('./sanitize-import')).importSanitizer();
  const done = await runJob(
    {
      type: 'import',
      name: file.name,
      bytes,
      settings: deps.settings,
      now: Date.now(),
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    },
    [bytes.buffer],
    { onStep: deps.onStep, sanitize: (deck) => sanitize([deck])[0]!.cards },
  );
  if (done.type !== 'imported') throw new AnkiJobError('The importer answered something else.');
  performance.mark(IMPORT_TIMINGS_MARK, { detail: done.timings });
  return { summary: done.summary, saved: done.saved };
}

/** Every deck as an Anki package, with the learner's progress and review log when asked. */
export async function exportAnkiPackage(withProgress: boolean): Promise<Blob> {
  const done = await runJob({ type: 'export', now: Date.now(), withProgress }, []);
  if (done.type !== 'exported') throw new AnkiJobError('The exporter answered something else.');
  return new Blob([done.bytes as BlobPart], { type: 'application/octet-stream' });
}
