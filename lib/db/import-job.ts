// An import from file to store, as the Anki worker runs it: read the file and place its cards (ids,
// decks, positions), then save everything in one transaction, reporting progress: the history is
// replayed inside it while the states are written, the cards are made a step at a time meanwhile and
// handed to the page in small batches to be sanitized (DOMPurify needs a DOM), and the sanitized cards
// are written when the page is done (imported-decks.ts). Writing from the worker keeps the page free: no
// structured clone of 200,000 answers to the page, no IndexedDB work on its thread.
import type { SqlJsStatic } from 'sql.js';

import type { PlacedDeck } from '@/lib/anki/from-collection';
import { stageFile, type StagedImport } from '@/lib/anki/import-file';
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

/** Cards made per step of the save; a step is taken as each batch of states is written (imported-decks.ts). */
export const MAKE_BATCH = 5_000;

const withCards = (deck: PlacedDeck, cards: CompiledCard[]): ImportedDeck => ({ ...deck, cards });

/**
 * The steps that make an import's cards, MAKE_BATCH at a time, each handing what it made to the page in
 * SANITIZE_BATCH batches; `safe` is the decks once every card is made and the page has answered for all.
 */
function makeAndSanitize(
  staged: StagedImport,
  sanitize: ImportJobDeps['sanitize'],
): { steps: Iterable<void>; safe: Promise<ImportedDeck[]> } {
  let finish!: (decks: Promise<ImportedDeck[]>) => void;
  const safe = new Promise<ImportedDeck[]>((resolve) => (finish = resolve));
  function* steps(): Generator<void> {
    const sent = staged.decks.map(() => [] as Promise<CompiledCard[]>[]);
    for (const [d, deck] of staged.decks.entries()) {
      for (let at = 0; at < deck.cards.length; at += MAKE_BATCH) {
        const cards = staged.make(d, at, at + MAKE_BATCH);
        for (let b = 0; b < cards.length; b += SANITIZE_BATCH) {
          const batch = sanitize(withCards(deck, cards.slice(b, b + SANITIZE_BATCH)));
          // A refusal is met through `safe`; until then it must not count as unhandled.
          batch.catch(() => undefined);
          sent[d]!.push(batch);
        }
        yield;
      }
    }
    finish(Promise.all(staged.decks.map(async (deck, d) => withCards(deck, (await Promise.all(sent[d]!)).flat()))));
  }
  return { steps: { [Symbol.iterator]: steps }, safe };
}

export async function runImportJob(
  job: ImportJob,
  deps: ImportJobDeps,
): Promise<{ summary: ImportSummary; saved: SavedImport; timings: ImportTimings }> {
  const timings: ImportTimings = {
    read: 0,
    convert: 0,
    make: 0,
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
  const staged = await stageFile(job.name, job.bytes, deps.loadSql, undefined, () => lap('read'));
  lap('convert');
  // The cards are made inside the save, a step as each batch of states is written, and sanitized by the page meanwhile.
  const { steps, safe } = makeAndSanitize(staged, deps.sanitize);
  // A refusal before the transaction waits for it must not leave this promise's rejection unhandled.
  safe.catch(() => undefined);
  deps.onStage('replaying');
  // The replay runs inside the save, a batch of cards at a time, while IndexedDB writes the last batch's states.
  const replay = replayReviews(createScheduler(job.settings), staged.reviews);
  const saved = await saveImport(
    deps.db,
    { decks: staged.decks, make: steps, safe, media: staged.media, replay },
    { now: job.now, timeZone: job.timeZone, onProgress: deps.onSaving, timings },
  );
  lap('save');
  timings.saveRest =
    timings.save - timings.saveRead - timings.replay - timings.make - timings.saveStates - timings.sanitizeWait - timings.saveCards;
  const summary = summarizeImport({ ...staged, decks: await safe });
  return { summary, saved, timings };
}
