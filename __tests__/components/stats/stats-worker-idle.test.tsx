// The statistics worker loads (and opens the store) once the app is idle, before Stats is pressed, so
// the press leaves only the figures' read; it asks for no figures until then.
import { act, render } from '@testing-library/react';

import { AppFrame } from '@/components/app-frame';

jest.mock('next/navigation', () => ({ usePathname: () => '/' }));

const made: { posted: unknown[] }[] = [];
class FakeWorker {
  posted: unknown[] = [];
  onmessage = null;
  onerror = null;
  constructor() {
    made.push(this);
  }
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  terminate() {}
}

it('starts the worker once the app is idle, without asking for figures before a press', async () => {
  (globalThis as unknown as { Worker: unknown }).Worker = FakeWorker;
  jest.useFakeTimers();
  try {
    render(<AppFrame>screen</AppFrame>);
    expect(made).toHaveLength(0);
    await act(async () => {
      jest.advanceTimersByTime(1000);
    });
    expect(made).toHaveLength(1);
    expect(made[0].posted).toHaveLength(0);
  } finally {
    jest.useRealTimers();
    delete (globalThis as unknown as { Worker?: unknown }).Worker;
  }
});
