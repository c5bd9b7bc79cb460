// Registers out/sw.js with workbox-window and turns its lifecycle into the update prompt's state.
import type { Workbox } from 'workbox-window';

import { markUpdateWaiting } from './update-state';
import { whenSettled } from './when-settled';

const SW_URL = '/sw.js';
// An installed app can stay open for days without a navigation, which is when browsers look for updates.
const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

let registering: Promise<Workbox | undefined> | undefined;
let lastUpdateCheck = 0;

export function isServiceWorkerSupported(): boolean {
  return typeof window !== 'undefined' && 'serviceWorker' in navigator;
}

function checkForUpdateWhenVisible(wb: Workbox): void {
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'visible') return;
    const now = Date.now();
    if (now - lastUpdateCheck < UPDATE_CHECK_INTERVAL_MS) return;
    lastUpdateCheck = now;
    wb.update().catch(() => {
      // Offline or the server is down: the next visible moment tries again.
    });
  });
}

async function register(): Promise<Workbox> {
  // Loaded on demand: nothing about registration belongs in the JavaScript a screen needs to show.
  const { Workbox } = await import('workbox-window');
  const wb = new Workbox(SW_URL, { scope: '/' });
  wb.addEventListener('waiting', () => markUpdateWaiting());
  lastUpdateCheck = Date.now();
  wb.register().catch((error: unknown) => {
    console.warn('Service worker registration failed; the app works online only.', error);
  });
  checkForUpdateWhenVisible(wb);
  return wb;
}

/**
 * Registers the service worker once per page, after the page has settled; a no-op in development
 * (next dev has no out/sw.js) and where service workers are unavailable. Resolves to the Workbox
 * instance when registered.
 */
export function registerServiceWorker(): Promise<Workbox | undefined> {
  if (process.env.NODE_ENV !== 'production' || !isServiceWorkerSupported()) return Promise.resolve(undefined);
  registering ??= whenSettled().then(register);
  return registering;
}

/**
 * Hands control to the waiting worker and reloads once it controls this page. Only ever called from
 * the user's "Reload": the app must not reload by itself in the middle of a study session.
 */
export async function applyUpdate(reload: () => void = () => window.location.reload()): Promise<void> {
  const wb = await registering;
  const registration = isServiceWorkerSupported() ? await navigator.serviceWorker.getRegistration() : undefined;
  if (!wb || !registration?.waiting) {
    // Another tab already activated the new version: this page only needs to load it.
    reload();
    return;
  }
  wb.addEventListener('controlling', (event) => {
    if (event.isUpdate) reload();
  });
  wb.messageSkipWaiting();
}
