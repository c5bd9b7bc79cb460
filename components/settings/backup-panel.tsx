'use client';
// Settings → Backup: everything this device knows of your study (progress, review history,
// settings, quiz reports) as one file, and that file restored here or on another device. A browser
// may clear a site's storage; a backup is the copy it cannot clear.
import { useEffect, useRef, useState } from 'react';

import type { Backup } from '@/lib/db/backup-format';
import type { BackupSummary, RestoreReport } from '@/lib/db/backup';
import { isQuotaError } from '@/lib/pwa/quota';

import { useDb } from '../db-provider';
import { saveFile } from '../save-file';
import { counted } from '@/lib/text/counted';
import { TaskStatusLine, type TaskStatus } from '../task-status';

const loadBackup = () => Promise.all([import('@/lib/db/backup'), import('@/lib/db/backup-file')]);

const when = (at: number) => new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function describeBackup(s: BackupSummary): string {
  return `${counted(s.studied, 'card')} studied, ${counted(s.reviews, 'review')}, ${counted(s.quizReports, 'quiz report')}`;
}

function restoredMessage(r: RestoreReport): string {
  const parts = [`Restored the backup of ${when(r.exportedAt)}: ${describeBackup(r)}.`];
  if (r.unknown > 0)
    parts.push(`${counted(r.unknown, 'card')} in it ${r.unknown === 1 ? 'is' : 'are'} not in this version’s decks; their history is kept.`);
  return parts.join(' ');
}

function failure(action: string, e: unknown): string {
  if (isQuotaError(e))
    return `${action} failed: this device is out of storage space. Nothing was changed; free up some space, then try again.`;
  return `${action} failed: ${e instanceof Error ? e.message : String(e)} Nothing was changed.`;
}

export function BackupPanel() {
  const { db } = useDb();
  const fileInput = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<TaskStatus>(null);
  const [pending, setPending] = useState<{ backup: Backup; summary: BackupSummary; file: string } | null>(null);
  const [lastBackup, setLastBackup] = useState<number | null | undefined>(undefined);
  const busy = status?.kind === 'busy';

  useEffect(() => {
    if (!db) return;
    let live = true;
    void import('@/lib/db/backup-stamp').then((m) => m.lastBackupAt(db).then((at) => live && setLastBackup(at)));
    return () => {
      live = false;
    };
  }, [db]);

  const download = async () => {
    if (!db) return;
    setStatus({ kind: 'busy', text: 'Preparing the backup…' });
    try {
      const [{ exportBackup, summarize }, { backupFileName, encodeBackup }] = await loadBackup();
      const backup = await exportBackup(db, Date.now());
      saveFile(new Blob([encodeBackup(backup) as BlobPart], { type: 'application/gzip' }), backupFileName(backup.exportedAt));
      await (await import('@/lib/db/backup-stamp')).markBackedUp(db, backup.exportedAt);
      setLastBackup(backup.exportedAt);
      setStatus({ kind: 'done', text: `Backup downloaded: ${describeBackup(summarize(backup))}.` });
    } catch (e) {
      setStatus({ kind: 'error', text: failure('The backup', e) });
    }
  };

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setPending(null);
    setStatus({ kind: 'busy', text: `Reading ${file.name}…` });
    try {
      const [{ summarize }, { decodeBackup }] = await loadBackup();
      const result = decodeBackup(new Uint8Array(await file.arrayBuffer()));
      if ('error' in result) return setStatus({ kind: 'error', text: `${file.name}: ${result.error}` });
      setStatus(null);
      setPending({ backup: result.backup, summary: summarize(result.backup), file: file.name });
    } catch (e) {
      setStatus({ kind: 'error', text: `${file.name} could not be read: ${e instanceof Error ? e.message : String(e)}` });
    } finally {
      // Choosing the same file again must fire a change.
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  const restore = async () => {
    if (!db || !pending) return;
    setStatus({ kind: 'busy', text: 'Restoring…' });
    try {
      const [{ restoreBackup }] = await loadBackup();
      const report = await restoreBackup(db, pending.backup, Date.now());
      setPending(null);
      setStatus({ kind: 'done', text: restoredMessage(report) });
    } catch (e) {
      setStatus({ kind: 'error', text: failure('The restore', e) });
    }
  };

  return (
    <div className="stack">
      <p className="flush">
        One file with your progress, review history, settings and quiz reports. Keep it somewhere safe, or restore it on another device; the
        decks themselves come with the app.
      </p>
      {lastBackup !== undefined && (
        <p className="muted flush">
          {lastBackup === null ? 'No backup downloaded from this device yet.' : `Last backup: ${when(lastBackup)}.`}
        </p>
      )}
      <div className="row">
        <button type="button" className="btn btn-small" disabled={!db || busy} onClick={() => void download()}>
          Download a backup
        </button>
        <button type="button" className="btn btn-small" disabled={!db || busy} onClick={() => fileInput.current?.click()}>
          Restore from a backup…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".gz,.json,application/gzip,application/json"
          hidden
          aria-label="Backup file"
          onChange={(e) => void choose(e.target.files?.[0])}
        />
      </div>
      {pending && (
        <div className="banner stack" role="group" aria-label="Restore this backup?">
          <p className="flush">
            <strong>{pending.file}</strong>, made {when(pending.summary.exportedAt)}: {describeBackup(pending.summary)}.
          </p>
          <p className="flush">
            Restoring replaces the progress, review history, settings and quiz reports on this device with the backup’s.
          </p>
          <div className="row">
            <button type="button" className="btn btn-primary btn-small" disabled={busy} onClick={() => void restore()}>
              Restore this backup
            </button>
            <button type="button" className="btn btn-small" disabled={busy} onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <TaskStatusLine status={status} />
    </div>
  );
}
