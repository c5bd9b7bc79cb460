// An import from file to store, as the Anki worker runs it: read and convert the file, hand its cards to
// the page in small batches to be sanitized (DOMPurify needs a DOM), and save everything in one
// transaction, reporting progress: the history is replayed inside it while the states are written, and
// the sanitized cards are written when the page is done (imported-decks.ts). Writing from the worker keeps the page
// free: no structured clone of 200,000 answers to the page, no IndexedDB work on its thread.
import type { SqlJsStatic } from 'sql.js';

import { importFile } from '@/lib/anki/import-file';
import { summarizeImport, type ImportedDeck, type ImportSummary } from '@/lib/anki/imported';
import { replayReviews } from '@/lib/anki/replay';
import type { CompiledCard } from '@/lib/decks/types';
import { createScheduler } from '@/lib/srs/fsrs-adapter';
import type { SrsSettings } from '@/lib/srs/types';

import type { ImportStage, ImportTimings } from './anki-reply';
import { saveImport, type SavedImport } from './imported-decks';
import type { CardsDB } from './schema';

/** Cards per batch sent to the page: each batch is one page task (200 took up to 300 ms, 50 up to 150 ms, on the loaded test machine). */
export const SANITIZE_BATCH = 20;

export interface ImportJob {
  name: string;
  bytes: Uint8Array;
  settings: SrsSettings;
  now: number;
  timeZone: string;
}

export interface ImportJobDeps {
  db: CardsDB;
  loadSql: () => Promise<SqlJsStatic>;
  /** The page's sanitizer: a deck holding some of an import's cards in, those cards made safe out. */
  sanitize: (deck: ImportedDeck) => Promise<CompiledCard[]>;
  onStage: (stage: ImportStage) => void;
  onSaving: (written: number, total: number) => void;
}

async function sanitizeAll(decks: readonly ImportedDeck[], sanitize: ImportJobDeps['sanitize']): Promise<ImportedDeck[]> {
  return Promise.all(
    decks.map(async (deck) => {
      const batches: Promise<CompiledCard[]>[] = [];
      for (let at = 0; at < deck.cards.length; at += SANITIZE_BATCH) {
        batches.push(sanitize({ ...deck, cards: deck.cards.slice(at, at + SANITIZE_BATCH) }));
      }
      return { ...deck, cards: (await Promise.all(batches)).flat() };
    }),
  );
}

export async function runImportJob(
  job: ImportJob,
  deps: ImportJobDeps,
): Promise<{ summary: ImportSummary; saved: SavedImport; timings: ImportTimings }> {
  const timings: ImportTimings = {
    read: 0,
    convert: 0,
    replay: 0,
    sanitizeWait: 0,
    save: 0,
    saveRead: 0,
    saveCards: 0,
    saveStates: 0,
    saveRest: 0,
  };
  let last = performance.now();
  const lap = (phase: keyof ImportTimings) => {
    const at = performance.now();
    timings[phase] += at - last;
    last = at;
  };
  deps.onStage('reading');
  const result = await importFile(job.name, job.bytes, deps.loadSql, undefined, () => lap('read'));
  lap('convert');
  const summary = summarizeImport(result);
  const safe = sanitizeAll(result.decks, deps.sanitize);
  // A refusal before the transaction waits for it must not leave this promise's rejection unhandled.
  safe.catch(() => undefined);
  deps.onStage('replaying');
  // The replay runs inside the save, a batch of cards at a time, while IndexedDB writes the last batch's states.
  const replay = replayReviews(createScheduler(job.settings), result.reviews);
  const saved = await saveImport(
    deps.db,
    { decks: result.decks, safe, media: result.media, replay },
    { now: job.now, timeZone: job.timeZone, onProgress: deps.onSaving, timings },
  );
  lap('save');
  timings.saveRest = timings.save - timings.saveRead - timings.replay - timings.saveStates - timings.sanitizeWait - timings.saveCards;
  return { summary, saved, timings };
}
