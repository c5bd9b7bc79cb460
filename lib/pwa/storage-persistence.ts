// Whether the browser may evict our IndexedDB under storage pressure, and asking it not to:
// review history is the user's work.

export interface StorageStatus {
  supported: boolean;
  persisted: boolean;
  usageBytes: number | null;
  quotaBytes: number | null;
}

function storageManager(): StorageManager | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

export async function storageStatus(): Promise<StorageStatus> {
  const storage = storageManager();
  if (!storage?.estimate) return { supported: false, persisted: false, usageBytes: null, quotaBytes: null };
  const [persisted, estimate] = await Promise.all([
    storage.persisted ? storage.persisted().catch(() => false) : Promise.resolve(false),
    storage.estimate().catch((): StorageEstimate => ({})),
  ]);
  return {
    supported: true,
    persisted,
    usageBytes: estimate.usage ?? null,
    quotaBytes: estimate.quota ?? null,
  };
}

/**
 * Resolves true when storage is (or becomes) persistent. Firefox shows a permission prompt, so call
 * this after a user action (for example the first answered card), never on page load.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  const storage = storageManager();
  if (!storage?.persist) return false;
  try {
    if (await storage.persisted()) return true;
    return await storage.persist();
  } catch {
    return false;
  }
}

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;

/** 1536 → "1.5 KB"; decimal-free from 10 up so the figure stays short on a phone. */
export function formatBytes(bytes: number): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${value.toFixed(digits)} ${UNITS[unit]}`;
}
