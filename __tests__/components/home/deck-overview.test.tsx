// Today on the app's own store: every Study link is the primary action from the first paint (a first
// visit loads the decks for most of a second), and the counts fill in when the store answers.
import 'fake-indexeddb/auto';

import { act, render, screen } from '@testing-library/react';

import { DbProvider } from '@/components/db-provider';
import { DeckOverview } from '@/components/home/deck-overview';
import { DEFAULT_PREFS, getDb, Q, writePrefs } from '@/lib/db';

import { emptyStore, serveBundle } from '../browse/store';

const LISTING = [{ id: 'sample', title: 'Sample deck' }];

beforeEach(async () => {
  await emptyStore();
  serveBundle();
});

function renderToday() {
  render(
    <DbProvider>
      <DeckOverview listing={LISTING} />
    </DbProvider>,
  );
}

it('shows Study as the primary action at once, before the store has counted, then fills in the counts', async () => {
  renderToday();
  const study = screen.getByRole('link', { name: 'Study Sample deck' });
  expect(study).toHaveAttribute('href', '/study?deck=sample');
  expect(study).toHaveClass('btn-primary');
  expect(screen.getByText('Counting…')).toBeInTheDocument();

  expect(await screen.findByText('4 cards to study today.')).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Study Sample deck' })).toHaveClass('btn-primary');
  expect(screen.queryByText('Counting…')).toBeNull();
});

it('tones Study down once the counts say nothing is due today', async () => {
  await act(() => writePrefs(getDb(), { ...DEFAULT_PREFS, limits: { newPerDay: 0, reviewsPerDay: 200 } }));
  renderToday();
  expect(screen.getByRole('link', { name: 'Study Sample deck' })).toHaveClass('btn-primary');
  expect(await screen.findByText(/^All done for now./)).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Study Sample deck' })).not.toHaveClass('btn-primary');
});

it('says Study all’s count under the overall limit in one number and starts it in one tap', async () => {
  await act(() => writePrefs(getDb(), { ...DEFAULT_PREFS, overallLimits: { newPerDay: 2, reviewsPerDay: 200 } }));
  renderToday();
  expect(await screen.findByText('2 cards to study today.')).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Study all' })).toHaveAttribute('href', '/study?all=1');
  expect(screen.getByRole('link', { name: 'Custom study' })).toHaveAttribute('href', '/study?custom=choose');
  // The deck's own row still offers its own limit.
  expect(screen.getByText('4', { selector: '.count-new' })).toBeInTheDocument();
});

it('counts a queue up to 1,000 cards and says "1,000+" beyond, on the deck and in Study all’s number', async () => {
  const roomy = { newPerDay: 9_999, reviewsPerDay: 99_999 };
  await act(() => writePrefs(getDb(), { ...DEFAULT_PREFS, limits: roomy, overallLimits: roomy }));
  renderToday();
  expect(await screen.findByText('4 cards to study today.')).toBeInTheDocument();
  const db = getDb();
  const sched = (await db.cardStates.get('sample-basic'))!.sched;
  const now = Date.now();
  await act(() =>
    db.cardStates.bulkPut(
      Array.from({ length: 1_500 }, (_, i) => ({
        cardId: `due-${i}`,
        deckId: 'sample',
        queue: Q.review,
        due: now - 60_000 - i,
        sched,
        suspended: 0 as const,
        buriedUntil: 0,
        flag: 0,
        rev: 0,
      })),
    ),
  );
  expect(await screen.findByText('1,000+ cards to study today.')).toBeInTheDocument();
  expect(screen.getAllByText('1,000+', { selector: '.count-review' })).toHaveLength(2);
  expect(screen.getAllByText('4', { selector: '.count-new' })).toHaveLength(2);
});
