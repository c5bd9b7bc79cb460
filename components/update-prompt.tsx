'use client';
// Registers the service worker and, when a new version is waiting, offers it without interrupting:
// a polite status banner over the header (never over the answer buttons), applied only on "Reload".
import { useEffect, useState, useSyncExternalStore, type CSSProperties } from 'react';

import { applyUpdate, getWaitingVersion, registerServiceWorker, subscribeToUpdates } from '@/lib/pwa';

// Set through React's style property (not a server-rendered attribute), so the CSP needs no inline styles.
const BANNER_STYLE: CSSProperties = {
  position: 'fixed',
  top: 'calc(8px + env(safe-area-inset-top))',
  left: 12,
  right: 12,
  maxWidth: 560,
  margin: '0 auto',
  zIndex: 10,
  display: 'flex',
  alignItems: 'center',
  gap: 8,
  background: 'var(--surface)',
  boxShadow: 'var(--shadow)',
};

const serverSnapshot = () => 0;

export function UpdatePrompt() {
  const waitingVersion = useSyncExternalStore(subscribeToUpdates, getWaitingVersion, serverSnapshot);
  const [dismissedVersion, setDismissedVersion] = useState(0);
  const [applying, setApplying] = useState(false);

  useEffect(() => {
    void registerServiceWorker();
  }, []);

  const visible = waitingVersion > dismissedVersion;
  return (
    <div role="status" aria-live="polite">
      {visible ? (
        <div className="banner" style={BANNER_STYLE}>
          <p style={{ margin: 0, flex: 1 }}>A new version is ready.</p>
          <button
            type="button"
            className="btn btn-primary btn-small"
            disabled={applying}
            onClick={() => {
              setApplying(true);
              applyUpdate().catch(() => setApplying(false));
            }}
          >
            Reload
          </button>
          <button
            type="button"
            className="btn btn-small"
            aria-label="Dismiss: update later"
            onClick={() => setDismissedVersion(waitingVersion)}
          >
            Later
          </button>
        </div>
      ) : null}
    </div>
  );
}
