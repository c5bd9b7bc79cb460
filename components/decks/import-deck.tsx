'use client';
// "Import a deck": an Anki package (.apkg, any of its three collection forms), an Anki text file
// (.txt, .csv, .tsv) or a deck in our Markdown format, read and saved in a worker on the phone, offline.
// Each stage is announced; a refused file says why and leaves everything as it was.
import { useRef, useState } from 'react';

import { isQuotaError, quotaMessage } from '@/lib/pwa/quota';

import { usePrefs, useDb } from '../db-provider';
import type { ImportOutcome, ImportStep } from './anki-client';
import { counted } from '@/lib/text/counted';
import { TaskStatusLine, type TaskStatus } from '../task-status';

const ACCEPT = '.apkg,.colpkg,.txt,.csv,.tsv,.md,text/plain,text/csv,text/tab-separated-values,text/markdown';



function stepText(name: string, step: ImportStep): string {
  if (!('written' in step)) return step.stage === 'reading' ? `Reading ${name}…` : `Replaying the review history of ${name}…`;
  return `Saving ${name}: ${Math.round((100 * step.written) / Math.max(1, step.total))}%…`;
}

function doneText({ summary, saved }: ImportOutcome): string {
  const decks = saved.decks.map((d) => `“${d.title}”`).join(', ');
  const parts = [`Imported ${counted(summary.cards, 'card')} into ${decks}`];
  if (saved.updated > 0) parts.push(`${counted(saved.updated, 'card')} updated`);
  if (saved.reviews > 0) parts.push(`${counted(saved.reviews, 'review')} of history`);
  if (saved.media > 0) parts.push(counted(saved.media, 'image'));
  return `${parts.join(', ')}.`;
}

export function ImportDeck() {
  const { db, store } = useDb();
  const prefs = usePrefs();
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<TaskStatus>(null);
  const [step, setStep] = useState<{ written: number; total: number } | null>(null);
  const busy = status?.kind === 'busy';

  const choose = async (file: File | undefined) => {
    if (!file || !db || !store) return;
    setStatus({ kind: 'busy', text: `Reading ${file.name}…` });
    try {
      const { importDeckFile } = await import('./anki-client');
      const outcome = await importDeckFile(file, {
        settings: prefs.srs,
        onStep: (s) => {
          setStatus({ kind: 'busy', text: stepText(file.name, s) });
          setStep('written' in s ? { written: s.written, total: s.total } : null);
        },
      });
      setStatus({ kind: 'done', text: doneText(outcome) });
    } catch (e) {
      const why = isQuotaError(e) ? quotaMessage : e instanceof Error ? e.message : String(e);
      setStatus({ kind: 'error', text: `${file.name} was not imported: ${why}` });
    } finally {
      setStep(null);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <div className="stack">
      <p className="flush">
        Bring your own cards: an Anki package (<code>.apkg</code>, with its images and review history), an Anki text export (
        <code>.txt</code>, <code>.csv</code>, <code>.tsv</code>) or a deck in this app’s Markdown format (<code>.md</code>). It stays on this
        device and studies like the bundled decks.
      </p>
      <div className="row">
        <button type="button" className="btn btn-primary" disabled={!db || !store || busy} onClick={() => input.current?.click()}>
          Import a deck…
        </button>
        <input ref={input} type="file" accept={ACCEPT} hidden aria-label="Deck file to import" onChange={(e) => void choose(e.target.files?.[0])} />
      </div>
      {step && <progress max={step.total} value={step.written} aria-label="Import progress" />}
      <TaskStatusLine status={status} />
    </div>
  );
}
