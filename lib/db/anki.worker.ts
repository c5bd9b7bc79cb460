// A dedicated worker for Anki packages: parses an import (sql.js's WebAssembly may compile only here,
// under the worker's own CSP, never in a page), replays its history through our scheduler, and writes
// the export with the learner's progress read straight from IndexedDB. Messages: see anki-reply.ts.
import { marked } from 'marked';
import initSqlJs, { type SqlJsStatic } from 'sql.js';

import { ImportError } from '@/lib/anki/errors';
import { importFile } from '@/lib/anki/import-file';
import { summarizeImport } from '@/lib/anki/imported';
import { replayReviews } from '@/lib/anki/replay';
import { writePackage } from '@/lib/anki/write-package';
import { createScheduler } from '@/lib/srs/fsrs-adapter';

import { SQL_WASM_FILE, type AnkiReply, type AnkiRequest } from './anki-reply';
import { progressForExport } from './imported-decks';
import { getDb } from './schema';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<AnkiRequest>) => void) | null;
  postMessage: (reply: AnkiReply, transfer?: Transferable[]) => void;
};

let sql: Promise<SqlJsStatic> | undefined;
const loadSql = () => (sql ??= initSqlJs({ locateFile: () => SQL_WASM_FILE }));

async function handle(request: AnkiRequest): Promise<void> {
  if (request.type === 'import') {
    scope.postMessage({ type: 'progress', stage: 'reading' });
    const result = await importFile(request.name, request.bytes, loadSql);
    scope.postMessage({ type: 'progress', stage: 'replaying' });
    const replay = replayReviews(createScheduler(request.settings), result.reviews);
    const prepared = { decks: result.decks, media: result.media, reviews: replay.reviews, states: replay.states };
    scope.postMessage({ type: 'imported', prepared, summary: summarizeImport(result) });
    return;
  }
  const progress = await progressForExport(getDb());
  const render = (markdown: string) => marked.parse(markdown, { async: false, gfm: true });
  const bytes = writePackage(await loadSql(), {
    decks: progress.decks,
    ...(request.withProgress ? { states: progress.states, reviews: progress.reviews } : {}),
    render,
    now: request.now,
  });
  scope.postMessage({ type: 'exported', bytes }, [bytes.buffer]);
}

scope.onmessage = (event) => {
  handle(event.data).catch((error: unknown) =>
    scope.postMessage(
      error instanceof ImportError
        ? { type: 'error', code: error.code, message: error.message }
        : { type: 'error', code: 'failed', message: error instanceof Error ? error.message : String(error) },
    ),
  );
};
