// Settings on the app's own store: a bad value is explained at its field and focused on Save, custom
// weights keep to ts-fsrs's ranges, a picked theme shows at once, and the shortcuts box sits by its label.
import 'fake-indexeddb/auto';

import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';

import { DbProvider, useDb } from '@/components/db-provider';
import { SettingsForm } from '@/components/settings/settings-form';
import { ThemeSync } from '@/components/theme-sync';
import { DEFAULT_PREFS, getDb, readPrefs, writePrefs } from '@/lib/db';

import { emptyStore, serveBundle } from '../browse/store';

beforeAll(() => {
  // jsdom has no matchMedia: this device prefers light.
  window.matchMedia = jest.fn((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addEventListener: jest.fn(),
    removeEventListener: jest.fn(),
    addListener: jest.fn(),
    removeListener: jest.fn(),
    dispatchEvent: jest.fn(),
  }));
});

beforeEach(async () => {
  await emptyStore();
  serveBundle();
  delete document.documentElement.dataset.theme;
  localStorage.clear();
});

function Ready() {
  return <p>{useDb().ready ? 'Store ready' : 'Loading'}</p>;
}

/** Settings with a way to leave it (as a tab-bar tap unmounts the route) and come back. */
function SettingsRoute() {
  const [shown, setShown] = useState(true);
  return (
    <>
      <button type="button" onClick={() => setShown((s) => !s)}>
        {shown ? 'Leave settings' : 'Open settings'}
      </button>
      {shown && <SettingsForm />}
    </>
  );
}

async function renderSettings() {
  render(
    <DbProvider>
      <ThemeSync />
      <Ready />
      <SettingsRoute />
    </DbProvider>,
  );
  await screen.findByText('Store ready');
  // Let the live reads of the (absent) prefs row answer, so the form is not started afresh mid-test.
  await act(() => new Promise((r) => setTimeout(r, 50)));
}

const type = (label: string | RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const save = () => act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Save settings' })));

it('puts each bad value’s message at its field and moves focus to the first bad field on Save', async () => {
  await renderSettings();
  type('Desired retention', '2');
  type('Reviews per day', '-1');
  await save();

  const retention = screen.getByLabelText('Desired retention');
  const reviews = screen.getByLabelText('Reviews per day');
  expect(retention).toHaveAttribute('aria-invalid', 'true');
  expect(retention).toHaveAccessibleDescription(expect.stringContaining('Enter a retention between 0.70 and 0.99.'));
  expect(reviews).toHaveAttribute('aria-invalid', 'true');
  expect(reviews).toHaveAccessibleDescription('Enter a whole number from 0 to 99999.');
  expect(screen.getByLabelText('New cards per day')).not.toHaveAttribute('aria-invalid');
  expect(retention).toHaveFocus();
  expect(screen.getByRole('status')).toHaveTextContent('Some settings need fixing; nothing was saved.');

  type('Desired retention', '0.85');
  await save();
  expect(retention).not.toHaveAttribute('aria-invalid');
  expect(reviews).toHaveFocus();
  expect((await readPrefs(getDb())).limits.reviewsPerDay).toBe(DEFAULT_PREFS.limits.reviewsPerDay);
});

it('refuses 17 × −50 as weights at the weights field, naming the first weight out of range and its range', async () => {
  await renderSettings();
  type('FSRS weights', Array(17).fill('-50').join(', '));
  await save();
  const weights = screen.getByLabelText('FSRS weights');
  expect(weights).toHaveAttribute('aria-invalid', 'true');
  expect(weights).toHaveAccessibleDescription(
    expect.stringContaining('FSRS weight w0 (the 1st number) is -50; it must be from 0.001 to 100.'),
  );
  expect(weights).toHaveFocus();
  expect((await readPrefs(getDb())).srs.weights).toBeNull();
});

it('previews a picked theme before Save, keeps it once saved, and puts the saved one back when left unsaved', async () => {
  await renderSettings();
  const root = document.documentElement;
  await waitFor(() => expect(root.dataset.theme).toBe('light'));

  fireEvent.click(screen.getByRole('radio', { name: 'Dark' }));
  expect(root.dataset.theme).toBe('dark');
  expect((await readPrefs(getDb())).theme).toBe('system');

  fireEvent.click(screen.getByRole('button', { name: 'Leave settings' }));
  await waitFor(() => expect(root.dataset.theme).toBe('light'));

  fireEvent.click(screen.getByRole('button', { name: 'Open settings' }));
  fireEvent.click(screen.getByRole('radio', { name: 'Dark' }));
  await save();
  await waitFor(async () => expect((await readPrefs(getDb())).theme).toBe('dark'));
  fireEvent.click(screen.getByRole('button', { name: 'Leave settings' }));
  await act(() => new Promise((r) => setTimeout(r, 50)));
  expect(root.dataset.theme).toBe('dark');
  expect(localStorage.getItem('cc-theme')).toBe('dark');
});

it('keeps the keyboard-shortcuts checkbox on its label’s line with the shared .check style', async () => {
  await renderSettings();
  const box = screen.getByRole('checkbox', { name: /Keyboard shortcuts while studying/ });
  expect(box.closest('label')).toHaveClass('check');
});

it('saves good values and says so', async () => {
  await renderSettings();
  await act(() => writePrefs(getDb(), DEFAULT_PREFS));
  type('New cards per day', '7');
  await save();
  await waitFor(async () => expect((await readPrefs(getDb())).limits.newPerDay).toBe(7));
  // The form starts afresh on the stored prefs; the message stays.
  await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Settings saved.'));
  expect(screen.getByLabelText('New cards per day')).toHaveValue('7');
});

it('saves the containerd version, the upgrade and the light days, and refuses an upgrade to the same line', async () => {
  await renderSettings();
  const version = screen.getByLabelText('containerd version I run');
  expect(version).toHaveValue('latest');
  type('containerd version I run', '1.7');
  type('Upgrading from', '1.7');
  await save();
  expect(screen.getByLabelText('Upgrading to')).toHaveAccessibleDescription(
    'Choose both the version you run now and the one you are moving to.',
  );
  type('Upgrading to', '1.7');
  await save();
  expect(screen.getByLabelText('Upgrading to')).toHaveAccessibleDescription('Choose a different version to move to.');
  type('Upgrading to', '2.0');
  fireEvent.click(screen.getByRole('checkbox', { name: 'Saturday' }));
  fireEvent.click(screen.getByRole('checkbox', { name: 'Sunday' }));
  fireEvent.click(screen.getByRole('checkbox', { name: /Balance the load/ }));
  await save();
  await waitFor(async () =>
    expect(await readPrefs(getDb())).toMatchObject({
      studyLine: '1.7',
      upgrade: { from: '1.7', to: '2.0' },
      lightDays: [0, 6],
      loadBalance: false,
    }),
  );
});
