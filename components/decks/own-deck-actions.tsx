'use client';
// What the learner can do with a deck of their own: rename it, and delete it (with its cards, progress,
// history and images) after saying yes in a confirm dialog. Any deck can leave as Anki text (TSV).
import { useState } from 'react';

import type { DeckRow } from '@/lib/db/rows';

import { ConfirmDialog } from '../confirm-dialog';
import { useDb } from '../db-provider';
import { saveFile } from '../save-file';

/** Where the build puts every bundled deck as one Anki package (scripts/export-apkg.ts). */
export const APKG_URL = '/decks/containerd-cards.apkg';

/**
 * Every bundled deck for Anki. Fetched by the page, then saved: a fetch is answered by the service
 * worker's cache offline, where a plain download link's request is not.
 */
export function BundledApkgDownload() {
  const [problem, setProblem] = useState<string | null>(null);
  const download = async () => {
    setProblem(null);
    try {
      const res = await fetch(APKG_URL);
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      saveFile(await res.blob(), 'containerd-cards.apkg');
    } catch (e) {
      setProblem(`The Anki package could not be loaded (${e instanceof Error ? e.message : String(e)}); try again online.`);
    }
  };
  return (
    <div className="stack">
      <div className="row">
        <button type="button" className="btn btn-small" onClick={() => void download()}>
          Download every deck for Anki (.apkg)
        </button>
      </div>
      {problem && (
        <p className="error-text flush" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

/**
 * Shown from the first paint, so the row does not grow when the store answers; it works once the store's
 * deck row (its order and hash, which the text carries) is there.
 */
export function DeckTextDownload({
  deck,
}: {
  deck: Pick<DeckRow, 'id' | 'title' | 'summary' | 'sources'> & Partial<Pick<DeckRow, 'order' | 'hash'>>;
}) {
  const { db, store } = useDb();
  const { order, hash } = deck;
  const known = order !== undefined && hash !== undefined;
  const download = async () => {
    if (!db || !store || !known) return;
    const [{ exportText }, cards] = await Promise.all([import('@/lib/anki/text-format'), store.deckCards(db, deck.id)]);
    const text = exportText({ ...deck, order, hash, cards }, 'tab');
    saveFile(new Blob([text], { type: 'text/tab-separated-values;charset=utf-8' }), `${deck.title.replace(/[^\w.-]+/g, '-')}.tsv`);
  };
  return (
    <button type="button" className="btn btn-small" disabled={!db || !store || !known} onClick={() => void download()}>
      Download as text<span className="sr-only"> {deck.title}</span>
    </button>
  );
}

export function OwnDeckActions({ deck }: { deck: Pick<DeckRow, 'id' | 'title'> }) {
  const { db, store } = useDb();
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(deck.title);
  const [problem, setProblem] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);

  const rename = async () => {
    if (!db || !store) return;
    const why = await store.renameImportedDeck(db, deck.id, name);
    setProblem(why);
    if (!why) setRenaming(false);
  };

  if (renaming) {
    return (
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          void rename();
        }}
      >
        <label className="stack">
          <span>New name for {deck.title}</span>
          <input value={name} onChange={(e) => setName(e.target.value)} maxLength={200} aria-invalid={problem !== null} autoFocus />
        </label>
        {problem && (
          <p className="error-text flush" role="alert">
            {problem}
          </p>
        )}
        <div className="row">
          <button type="submit" className="btn btn-primary btn-small">
            Save name
          </button>
          <button type="button" className="btn btn-small" onClick={() => setRenaming(false)}>
            Cancel
          </button>
        </div>
      </form>
    );
  }
  return (
    <div className="row">
      <button type="button" className="btn btn-small" onClick={() => (setName(deck.title), setProblem(null), setRenaming(true))}>
        Rename<span className="sr-only"> {deck.title}</span>
      </button>
      <button type="button" className="btn btn-small" onClick={() => setConfirming(true)}>
        Delete<span className="sr-only"> {deck.title}</span>
      </button>
      {confirming && (
        <ConfirmDialog
          title={`Delete “${deck.title}”?`}
          description="Its cards, your progress on them, their review history and images leave this device. This cannot be undone."
          confirmLabel="Delete deck"
          cancelLabel="Keep it"
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            if (db && store) void store.deleteImportedDeck(db, deck.id);
          }}
        />
      )}
    </div>
  );
}
