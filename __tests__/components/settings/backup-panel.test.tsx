// Settings → Backup on the app's own store: a file is checked before anything is written, the
// learner confirms what it holds, and a failed write (a full disk) says that nothing changed.
import 'fake-indexeddb/auto';

import { fireEvent, render, screen, within } from '@testing-library/react';

import { DbProvider } from '@/components/db-provider';
import { BackupPanel } from '@/components/settings/backup-panel';
import { answerCard, getDb } from '@/lib/db';
import * as backupModule from '@/lib/db/backup';
import { encodeBackup } from '@/lib/db/backup-file';
import { createScheduler } from '@/lib/srs';

import { emptyStore, serveBundle } from '../browse/store';
import { clearLog } from '../../db/helpers';

// The real restore, but one a test can make fail as a full disk would.
jest.mock('@/lib/db/backup', () => {
  const actual = jest.requireActual('@/lib/db/backup');
  return { ...actual, restoreBackup: jest.fn(actual.restoreBackup) };
});

// jsdom's File has no arrayBuffer() (every browser's does): read it through FileReader instead.
beforeAll(() => {
  Blob.prototype.arrayBuffer ??= function (this: Blob) {
    return new Promise<ArrayBuffer>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(this);
    });
  };
});

beforeEach(async () => {
  await emptyStore();
  serveBundle();
});

async function renderPanel() {
  render(
    <DbProvider>
      <BackupPanel />
    </DbProvider>,
  );
  await screen.findByText('No backup downloaded from this device yet.');
}

const choose = (bytes: Uint8Array | string, name: string) =>
  fireEvent.change(screen.getByLabelText('Backup file'), { target: { files: [new File([bytes as BlobPart], name)] } });

/** A backup with one card studied, made from this very store, then the store put back to new. */
async function backupWithOneAnswer(): Promise<Uint8Array> {
  const db = getDb();
  const row = (await db.cardStates.get('sample-basic'))!;
  await answerCard(db, {
    cardId: row.cardId,
    rev: row.rev,
    rating: 3,
    now: Date.now(),
    durationMs: 1000,
    timeZone: 'UTC',
    scheduler: createScheduler(),
  });
  const file = encodeBackup(await backupModule.exportBackup(db, Date.UTC(2026, 10, 20, 8, 30)));
  await clearLog(db);
  await db.cardStates.put(row);
  return file;
}

it('refuses a foreign file with its name and reason, and offers nothing to restore', async () => {
  await renderPanel();
  choose('{"hello": "world"}', 'notes.json');
  expect(await screen.findByRole('alert')).toHaveTextContent('notes.json: This file is not a containerd Cards backup.');
  expect(screen.queryByRole('group', { name: 'Restore this backup?' })).toBeNull();
});

it('shows what a backup holds, restores it once confirmed, and can be cancelled', async () => {
  await renderPanel();
  const file = await backupWithOneAnswer();
  choose(file, 'phone.json.gz');
  let confirm = await screen.findByRole('group', { name: 'Restore this backup?' });
  expect(confirm).toHaveTextContent('phone.json.gz, made');
  expect(confirm).toHaveTextContent('1 card studied, 1 review, 0 quiz reports.');
  fireEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
  expect(screen.queryByRole('group', { name: 'Restore this backup?' })).toBeNull();
  expect(await getDb().reviewLogs.count()).toBe(0);

  choose(file, 'phone.json.gz');
  confirm = await screen.findByRole('group', { name: 'Restore this backup?' });
  fireEvent.click(within(confirm).getByRole('button', { name: 'Restore this backup' }));
  expect(await screen.findByText(/^Restored the backup of .*: 1 card studied, 1 review, 0 quiz reports\.$/)).toBeInTheDocument();
  expect(await getDb().reviewLogs.count()).toBe(1);
  expect((await getDb().cardStates.get('sample-basic'))!.sched.reps).toBe(1);
});

it('says a full disk stopped the restore and that nothing changed', async () => {
  await renderPanel();
  const file = await backupWithOneAnswer();
  jest.mocked(backupModule.restoreBackup).mockRejectedValueOnce(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
  choose(file, 'phone.json.gz');
  fireEvent.click(
    within(await screen.findByRole('group', { name: 'Restore this backup?' })).getByRole('button', { name: 'Restore this backup' }),
  );
  expect(await screen.findByRole('alert')).toHaveTextContent(
    'The restore failed: this device is out of storage space. Nothing was changed; free up some space, then try again.',
  );
  // The confirmation stays, so the learner can try again once there is room.
  expect(screen.getByRole('group', { name: 'Restore this backup?' })).toBeInTheDocument();
});
