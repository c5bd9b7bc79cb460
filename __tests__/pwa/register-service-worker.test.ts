// registerServiceWorker and applyUpdate against a fake workbox-window and service worker container.
type Listener = (event: { isUpdate?: boolean }) => void;

const instances: FakeWorkbox[] = [];

class FakeWorkbox {
  listeners = new Map<string, Listener[]>();
  register = jest.fn(async () => undefined);
  update = jest.fn(async () => undefined);
  messageSkipWaiting = jest.fn();
  constructor(
    public url: string,
    public options: object,
  ) {
    instances.push(this);
  }
  addEventListener(type: string, listener: Listener): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  emit(type: string, event: { isUpdate?: boolean } = {}): void {
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }
}

jest.mock('workbox-window', () => ({ Workbox: jest.fn((url: string, options: object) => new FakeWorkbox(url, options)) }));

type PwaModule = typeof import('@/lib/pwa');

const ORIGINAL_ENV = process.env.NODE_ENV;

function setEnv(value: string): void {
  (process.env as Record<string, string>).NODE_ENV = value;
}

function stubServiceWorker(registration: { waiting: object | null } | undefined): void {
  Object.defineProperty(navigator, 'serviceWorker', {
    value: { getRegistration: async () => registration },
    configurable: true,
  });
}

function loadPwa(): PwaModule {
  let pwa: PwaModule | undefined;
  jest.isolateModules(() => {
    pwa = jest.requireActual<PwaModule>('@/lib/pwa');
  });
  return pwa!;
}

beforeEach(() => {
  instances.length = 0;
  setEnv('production');
  stubServiceWorker({ waiting: {} });
});

afterEach(() => {
  setEnv(ORIGINAL_ENV ?? 'test');
  delete (navigator as { serviceWorker?: unknown }).serviceWorker;
});

describe('registerServiceWorker', () => {
  it('does nothing outside production builds', async () => {
    setEnv('development');
    await expect(loadPwa().registerServiceWorker()).resolves.toBeUndefined();
    expect(instances).toHaveLength(0);
  });

  it('does nothing without service worker support', async () => {
    delete (navigator as { serviceWorker?: unknown }).serviceWorker;
    await expect(loadPwa().registerServiceWorker()).resolves.toBeUndefined();
  });

  it('waits for the page to load and settle before registering', async () => {
    Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'loading' });
    try {
      const registered = loadPwa().registerServiceWorker();
      await new Promise((r) => setTimeout(r, 800));
      expect(instances).toHaveLength(0);
      window.dispatchEvent(new Event('load'));
      await registered;
      expect(instances).toHaveLength(1);
    } finally {
      delete (document as { readyState?: unknown }).readyState;
    }
  });

  it('registers /sw.js once and turns "waiting" into an update to offer', async () => {
    const pwa = loadPwa();
    const first = pwa.registerServiceWorker();
    expect(pwa.registerServiceWorker()).toBe(first);
    await first;
    expect(instances).toHaveLength(1);
    expect(instances[0]!.url).toBe('/sw.js');
    expect(instances[0]!.register).toHaveBeenCalledTimes(1);

    const seen: number[] = [];
    pwa.subscribeToUpdates(() => seen.push(pwa.getWaitingVersion()));
    expect(pwa.getWaitingVersion()).toBe(0);
    instances[0]!.emit('waiting');
    expect(seen).toEqual([1]);
  });
});

describe('applyUpdate', () => {
  it('skips waiting and reloads only once the new worker controls the page as an update', async () => {
    const pwa = loadPwa();
    await pwa.registerServiceWorker();
    const reload = jest.fn();
    await pwa.applyUpdate(reload);
    const wb = instances[0]!;
    expect(wb.messageSkipWaiting).toHaveBeenCalledTimes(1);
    expect(reload).not.toHaveBeenCalled();

    wb.emit('controlling', { isUpdate: false });
    expect(reload).not.toHaveBeenCalled();
    wb.emit('controlling', { isUpdate: true });
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('never reloads on its own when a worker takes control', async () => {
    const pwa = loadPwa();
    await pwa.registerServiceWorker();
    const wb = instances[0]!;
    wb.emit('waiting');
    expect(wb.listeners.get('controlling')).toBeUndefined();
  });

  it('just reloads when another tab already activated the new version', async () => {
    stubServiceWorker({ waiting: null });
    const pwa = loadPwa();
    await pwa.registerServiceWorker();
    const reload = jest.fn();
    await pwa.applyUpdate(reload);
    expect(instances[0]!.messageSkipWaiting).not.toHaveBeenCalled();
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
