'use client';
// Settings → Storage: whether the browser will keep our data under pressure, and how much is used.
import { useEffect, useState } from 'react';

import { formatBytes, requestPersistentStorage, storageStatus, type StorageStatus } from '@/lib/pwa/storage-persistence';

export function StorageStatusPanel() {
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const refresh = () => void storageStatus().then(setStatus);
  useEffect(refresh, []);
  if (!status) return <p className="muted">Checking storage…</p>;
  if (!status.supported) return <p>This browser does not report storage use.</p>;
  return (
    <div className="stack">
      <p className="flush">
        Storage is <strong>{status.persisted ? 'persistent' : 'not persistent'}</strong>:{' '}
        {status.persisted
          ? 'the browser will not clear your progress to free space.'
          : 'the browser may clear your progress if the device runs low on space.'}
      </p>
      {status.usageBytes !== null && status.quotaBytes !== null && (
        <p className="flush">
          Using {formatBytes(status.usageBytes)} of {formatBytes(status.quotaBytes)} available.
        </p>
      )}
      {!status.persisted && (
        <button type="button" className="btn btn-small self-start" onClick={() => void requestPersistentStorage().then(refresh)}>
          Ask to keep my data
        </button>
      )}
    </div>
  );
}
