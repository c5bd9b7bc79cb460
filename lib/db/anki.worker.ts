// A dedicated worker for Anki packages: imports a file (sql.js's WebAssembly may compile only here,
// under the worker's own CSP, never in a page) from reading to saving (import-job.ts), asking the page
// only to sanitize its cards' HTML, and writes the export with the learner's progress read straight from
// IndexedDB. Messages: see anki-reply.ts.
import { marked } from 'marked';
import initSqlJs, { type SqlJsStatic } from 'sql.js';

import { ImportError } from '@/lib/anki/errors';
import { writePackage } from '@/lib/anki/write-package';
import { fetchDiagrams } from '@/lib/decks/diagrams/diagrams-file';
import type { CompiledCard } from '@/lib/decks/types';
import { isQuotaError, quotaMessage } from '@/lib/pwa/quota';

import { SQL_WASM_FILE, type AnkiReply, type AnkiRequest } from './anki-reply';
import { runImportJob } from './import-job';
import { progressForExport } from './imported-decks';
import { getDb } from './schema';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<AnkiRequest>) => void) | null;
  postMessage: (reply: AnkiReply, transfer?: Transferable[]) => void;
};

let sql: Promise<SqlJsStatic> | undefined;
const loadSql = () => (sql ??= initSqlJs({ locateFile: () => SQL_WASM_FILE }));

/** Batches out with the page for sanitizing, by id. */
const pending = new Map<number, (cards: CompiledCard[]) => void>();
let nextBatch = 0;

async function handle(request: Exclude<AnkiRequest, { type: 'sanitized' }>): Promise<void> {
  if (request.type === 'import') {
    const done = await runImportJob(request, {
      db: getDb(),
      loadSql,
      sanitize: (deck) =>
        new Promise((resolve) => {
          const id = nextBatch++;
          pending.set(id, resolve);
          scope.postMessage({ type: 'sanitize', id, deck });
        }),
      onStage: (stage) => scope.postMessage({ type: 'progress', stage }),
      onSaving: (written, total) => scope.postMessage({ type: 'saving', written, total }),
    });
    scope.postMessage({ type: 'imported', ...done });
    return;
  }
  // The service worker keeps the diagrams offline; without them a diagram card says where its picture is.
  const [progress, diagrams] = await Promise.all([progressForExport(getDb()), fetchDiagrams().catch(() => undefined)]);
  const render = (markdown: string) => marked.parse(markdown, { async: false, gfm: true });
  const bytes = writePackage(await loadSql(), {
    decks: progress.decks,
    ...(request.withProgress ? { states: progress.states, reviews: progress.reviews } : {}),
    render,
    diagrams,
    now: request.now,
  });
  scope.postMessage({ type: 'exported', bytes }, [bytes.buffer]);
}

function reply(error: unknown): AnkiReply {
  if (error instanceof ImportError) return { type: 'error', code: error.code, message: error.message };
  if (isQuotaError(error)) return { type: 'error', code: 'quota', message: quotaMessage };
  return { type: 'error', code: 'failed', message: error instanceof Error ? error.message : String(error) };
}

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'sanitized') {
    pending.get(request.id)?.(request.cards);
    pending.delete(request.id);
    return;
  }
  handle(request).catch((error: unknown) => scope.postMessage(reply(error)));
};
