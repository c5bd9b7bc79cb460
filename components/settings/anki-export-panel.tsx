'use client';
// Settings → Take it to Anki: every deck (bundled and your own) as an Anki package with your progress
// (each card's state, FSRS memory in the card's data) and your review log as Anki revlog rows, so
// Anki's FSRS can pick up where you are. Written in the Anki worker.
import { useState } from 'react';

import { useDb } from '../db-provider';
import { saveFile } from '../save-file';
import { TaskStatusLine, type TaskStatus } from '../task-status';

export function AnkiExportPanel() {
  const { db } = useDb();
  const [status, setStatus] = useState<TaskStatus>(null);

  const download = async () => {
    setStatus({ kind: 'busy', text: 'Writing the Anki package…' });
    try {
      const { exportAnkiPackage } = await import('../decks/anki-client');
      const blob = await exportAnkiPackage(true);
      saveFile(blob, `containerd-cards-progress-${new Date().toISOString().slice(0, 10)}.apkg`);
      setStatus({
        kind: 'done',
        text: `Anki package downloaded (${Math.max(1, Math.round(blob.size / 1024))} KB). In Anki: File → Import.`,
      });
    } catch (e) {
      setStatus({ kind: 'error', text: `The Anki package could not be written: ${e instanceof Error ? e.message : String(e)}` });
    }
  };

  return (
    <div className="stack">
      <p className="flush">
        Every deck as an Anki package, with your progress and review history as Anki’s review log. Importing it again later updates the same
        notes instead of adding copies.
      </p>
      <div className="row">
        <button type="button" className="btn btn-small" disabled={!db || status?.kind === 'busy'} onClick={() => void download()}>
          Download for Anki with my progress
        </button>
      </div>
      <TaskStatusLine status={status} />
    </div>
  );
}
