import 'fake-indexeddb/auto';

import { act, render, screen, within } from '@testing-library/react';

import { DbProvider } from '@/components/db-provider';
import { DeckList, type DeckListing } from '@/components/decks/deck-list';
import { getDb, suspendCard } from '@/lib/db';

import { emptyStore, SAMPLE_BUNDLE, serveBundle } from '../browse/store';

const listing: DeckListing[] = SAMPLE_BUNDLE.decks.map(({ id, title, summary, sources, cards }) => ({ id, title, summary, sources, cardCount: cards.length }));

beforeEach(() => serveBundle());
afterEach(emptyStore);

function renderDecks() {
  return render(
    <DbProvider>
      <DeckList listing={listing} />
    </DbProvider>,
  );
}

describe('Decks screen', () => {
  it('shows the build’s decks at once, then their progress from the store', async () => {
    renderDecks();
    const deck = screen.getByRole('listitem', { name: 'Sample deck' });
    expect(within(deck).getByRole('heading', { name: 'Sample deck' })).toBeInTheDocument();
    expect(within(deck).getByText(/4 cards/)).toBeInTheDocument();
    expect(within(deck).getByText('A deck for tests.', { exact: false })).toBeInTheDocument();
    expect(within(deck).getByText('Counting…')).toBeInTheDocument();

    const progress = await within(deck).findByRole('list', { name: 'Progress' });
    expect(within(progress).getAllByRole('listitem').map((li) => li.textContent?.trim())).toEqual([
      '0 mature',
      '0 young',
      '0 learning',
      '4 new',
      '0 suspended',
    ]);
  });

  it('writes a deck’s size as every count is written: grouped, and singular for one', () => {
    const { unmount } = render(
      <DbProvider>
        <DeckList listing={[{ ...listing[0]!, cardCount: 50_000 }]} />
      </DbProvider>,
    );
    expect(screen.getByText('50,000 cards')).toBeInTheDocument();
    unmount();
    render(
      <DbProvider>
        <DeckList listing={[{ ...listing[0]!, cardCount: 1 }]} />
      </DbProvider>,
    );
    expect(screen.getByText('1 card')).toBeInTheDocument();
  });

  it('links each upstream source, and to Study, Browse and Custom study for the deck', async () => {
    renderDecks();
    expect(screen.getByText('Upstream sources (1)')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'containerd/containerd/docs/RUNC.md' })).toHaveAttribute(
      'href',
      'https://github.com/containerd/containerd/blob/main/docs/RUNC.md',
    );
    expect(screen.getByRole('link', { name: 'Study Sample deck' })).toHaveAttribute('href', '/study?deck=sample');
    expect(screen.getByRole('link', { name: 'Browse Sample deck' })).toHaveAttribute('href', '/browse?deck=sample');
    expect(screen.getByRole('link', { name: 'Custom study Sample deck' })).toHaveAttribute('href', '/study?custom=choose&deck=sample');
  });

  it('counts a card suspended elsewhere without a reload', async () => {
    renderDecks();
    await screen.findByText('4 new');
    await act(async () => {
      await suspendCard(getDb(), 'sample-choice');
    });
    expect(await screen.findByText('1 suspended')).toBeInTheDocument();
    expect(screen.getByText('3 new')).toBeInTheDocument();
  });
});
