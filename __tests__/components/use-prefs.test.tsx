// usePrefs keeps one object while the stored prefs say the same, so queries keyed on it run once.
import 'fake-indexeddb/auto';

import { act, render, screen, waitFor } from '@testing-library/react';

import { DbProvider, useDb, usePrefs } from '@/components/db-provider';
import { DEFAULT_PREFS, getDb, writePrefs, type Prefs } from '@/lib/db';

import { emptyStore, serveBundle } from './browse/store';

const seen: Prefs[] = [];

function Probe() {
  const prefs = usePrefs();
  const { ready } = useDb();
  if (seen.at(-1) !== prefs) seen.push(prefs);
  return <p>{ready ? `ready, ${prefs.limits.newPerDay} new a day` : 'loading'}</p>;
}

beforeEach(async () => {
  await emptyStore();
  serveBundle();
  seen.length = 0;
});

it('keeps the defaults object when nothing is stored, and changes when the prefs do', async () => {
  render(
    <DbProvider>
      <Probe />
    </DbProvider>,
  );
  await screen.findByText('ready, 20 new a day');
  // Let the live read of the (absent) prefs row answer.
  await act(() => new Promise((r) => setTimeout(r, 50)));
  expect(seen).toEqual([DEFAULT_PREFS]);
  expect(seen[0]).toBe(DEFAULT_PREFS);

  await act(() => writePrefs(getDb(), { ...DEFAULT_PREFS, limits: { newPerDay: 5, reviewsPerDay: 100 } }));
  await waitFor(() => expect(screen.getByText('ready, 5 new a day')).toBeTruthy());
  expect(seen).toHaveLength(2);
});
