import type { Metadata } from 'next';

import { AnkiExportPanel } from '@/components/settings/anki-export-panel';
import { BackupPanel } from '@/components/settings/backup-panel';
import { FsrsParameters } from '@/components/settings/fsrs-parameters';
import { SettingsForm } from '@/components/settings/settings-form';
import { StorageStatusPanel } from '@/components/settings/storage-status';

export const metadata: Metadata = { title: 'Settings' };

export default function SettingsPage() {
  return (
    <>
      <h1>Settings</h1>
      <div className="stack">
        <SettingsForm />
        {/* Outside the form: a restore or a change of parameters changes the prefs, which starts the form afresh. */}
        <fieldset className="stack">
          <legend>FSRS parameters</legend>
          <FsrsParameters />
        </fieldset>
        <fieldset className="stack">
          <legend>Storage</legend>
          <StorageStatusPanel />
        </fieldset>
        <fieldset className="stack">
          <legend>Backup</legend>
          <BackupPanel />
        </fieldset>
        <fieldset className="stack">
          <legend>Take it to Anki</legend>
          <AnkiExportPanel />
        </fieldset>
      </div>
    </>
  );
}
