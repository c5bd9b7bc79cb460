// What the Anki worker (anki.worker.ts) is asked and answers. Files and packages cross as transferred
// bytes. An import is read, replayed and saved in the worker (the replay while the save writes); only its cards' HTML visits the page, a
// few hundred cards at a time, to be sanitized there (DOMPurify needs a DOM), so no page task is long.
import type { ImportErrorCode } from '@/lib/anki/errors';
import type { ImportedDeck, ImportSummary } from '@/lib/anki/imported';
import type { CompiledCard } from '@/lib/decks/types';
import type { SrsSettings } from '@/lib/srs/types';

import type { SavedImport } from './imported-decks';

export type AnkiRequest =
  | { type: 'import'; name: string; bytes: Uint8Array; settings: SrsSettings; now: number; timeZone: string }
  | { type: 'sanitized'; id: number; cards: CompiledCard[] }
  | { type: 'export'; now: number; withProgress: boolean };

export type ImportStage = 'reading' | 'replaying';

/** Where an import's time went, in milliseconds (the bench prints them). */
export interface ImportTimings {
  /** Unzip, decompress and read the collection. */
  read: number;
  /** Anki cards placed (which are shown, their ids, decks and positions): the last step before the transaction. */
  convert: number;
  /** Our cards made from them (templates rendered, text, hashes) and handed to the page, inside the transaction while the states are written. */
  make: number;
  /** The history through our scheduler, batch by batch inside the transaction (the states are written meanwhile). */
  replay: number;
  /** Waiting inside the transaction, the states written, for the page to finish sanitizing the cards. */
  sanitizeWait: number;
  /** The one IndexedDB transaction, in all; `make`, `replay`, `sanitizeWait` and the four parts below are within it. */
  save: number;
  /** Reading what the store already has (decks, stored state keys, states of cards already here). */
  saveRead: number;
  /** Writing the card-state rows, besides the replay. */
  saveStates: number;
  /** Writing the card rows (the history is packed meanwhile). */
  saveCards: number;
  /** Writing the packed history and the media, and committing. */
  saveRest: number;
}

/** The page marks each import's timings under this name: `performance.getEntriesByName(IMPORT_TIMINGS_MARK)`. */
export const IMPORT_TIMINGS_MARK = 'anki-import-timings';

export type AnkiReply =
  | { type: 'progress'; stage: ImportStage }
  | { type: 'saving'; written: number; total: number }
  | { type: 'sanitize'; id: number; deck: ImportedDeck }
  | { type: 'imported'; summary: ImportSummary; saved: SavedImport; timings: ImportTimings }
  | { type: 'exported'; bytes: Uint8Array }
  | { type: 'error'; code: ImportErrorCode | 'failed' | 'quota'; message: string };

/** Where the worker and sql.js's WebAssembly are served from (built by scripts/build-workers.ts). */
export const SQL_WASM_FILE = '/workers/sql-wasm.wasm';
