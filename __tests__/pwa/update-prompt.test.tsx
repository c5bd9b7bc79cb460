import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { UpdatePrompt } from '@/components/update-prompt';
import { applyUpdate, registerServiceWorker } from '@/lib/pwa';
import { markUpdateWaiting, resetUpdateState } from '@/lib/pwa/update-state';

jest.mock('@/lib/pwa/register-service-worker', () => ({
  registerServiceWorker: jest.fn(),
  applyUpdate: jest.fn(async () => undefined),
  isServiceWorkerSupported: () => true,
}));

afterEach(() => {
  act(() => resetUpdateState());
  jest.clearAllMocks();
});

describe('UpdatePrompt', () => {
  it('registers the service worker and stays silent until an update waits', () => {
    render(<UpdatePrompt />);
    expect(registerServiceWorker).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('announces a waiting update politely and applies it only on "Reload"', async () => {
    const user = userEvent.setup();
    render(<UpdatePrompt />);
    act(() => markUpdateWaiting());
    const status = screen.getByRole('status');
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(status).toHaveTextContent('A new version is ready');
    expect(applyUpdate).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Reload' }));
    expect(applyUpdate).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Reload' })).toBeDisabled();
  });

  it('can be dismissed, and comes back for the next version', async () => {
    const user = userEvent.setup();
    render(<UpdatePrompt />);
    act(() => markUpdateWaiting());
    await user.click(screen.getByRole('button', { name: /dismiss/i }));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();

    act(() => markUpdateWaiting());
    expect(screen.getByRole('status')).toHaveTextContent('A new version is ready');
  });
});
