import { formatBytes, requestPersistentStorage, storageStatus } from '@/lib/pwa/storage-persistence';

function stubStorage(storage: Partial<StorageManager> | undefined): void {
  Object.defineProperty(navigator, 'storage', { value: storage, configurable: true });
}

afterEach(() => stubStorage(undefined));

describe('storage persistence', () => {
  it('reports an unsupported browser', async () => {
    stubStorage(undefined);
    await expect(storageStatus()).resolves.toEqual({ supported: false, persisted: false, usageBytes: null, quotaBytes: null });
    await expect(requestPersistentStorage()).resolves.toBe(false);
  });

  it('reports usage and persistence', async () => {
    stubStorage({ persisted: async () => true, estimate: async () => ({ usage: 2048, quota: 1024 ** 3 }) });
    await expect(storageStatus()).resolves.toEqual({ supported: true, persisted: true, usageBytes: 2048, quotaBytes: 1024 ** 3 });
  });

  it('asks only when not yet persistent, and survives a refusal that throws', async () => {
    const persist = jest.fn(async () => true);
    stubStorage({ persisted: async () => false, persist });
    await expect(requestPersistentStorage()).resolves.toBe(true);
    expect(persist).toHaveBeenCalledTimes(1);

    stubStorage({ persisted: async () => true, persist });
    await expect(requestPersistentStorage()).resolves.toBe(true);
    expect(persist).toHaveBeenCalledTimes(1);

    stubStorage({ persisted: async () => false, persist: async () => Promise.reject(new Error('denied')) });
    await expect(requestPersistentStorage()).resolves.toBe(false);
  });

  it('formats byte counts briefly', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(15 * 1024 * 1024)).toBe('15 MB');
    expect(formatBytes(3.2 * 1024 ** 3)).toBe('3.2 GB');
  });
});
