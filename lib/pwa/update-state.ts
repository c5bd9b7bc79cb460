// The "a new version is ready" state, as a tiny external store for useSyncExternalStore.

/** 0 while no update has been seen; each newly waiting worker bumps it, so a dismissal covers one version. */
let waitingVersion = 0;
const listeners = new Set<() => void>();

export function getWaitingVersion(): number {
  return waitingVersion;
}

export function subscribeToUpdates(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function markUpdateWaiting(): void {
  waitingVersion += 1;
  for (const listener of listeners) listener();
}

/** For tests: forget every update seen. */
export function resetUpdateState(): void {
  waitingVersion = 0;
  for (const listener of listeners) listener();
}
