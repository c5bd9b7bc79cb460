import 'fake-indexeddb/auto';

import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { MouseEvent, ReactNode } from 'react';

import { BrowseScreen } from '@/components/browse/browse-screen';
import { DbProvider } from '@/components/db-provider';
import { answerCard, getDb, syncBundle } from '@/lib/db';
import { createScheduler } from '@/lib/srs';

import { CHOICE, CLOZE, TYPED } from '../../decks/fixtures';
import { bundleOf } from '../../db/helpers';
import { emptyStore, serveBundle } from './store';

interface LinkProps {
  href: string;
  className?: string;
  children: ReactNode;
  onClick?: (e: MouseEvent<HTMLAnchorElement>) => void;
  'data-card'?: string;
}

// The App Router is not mounted in jsdom: a small in-memory history stands in for it.
const nav = { history: ['/browse'], listeners: new Set<() => void>() };
const url = () => new URL(nav.history[nav.history.length - 1], 'http://localhost');
const go = (change: () => void) =>
  act(() => {
    change();
    nav.listeners.forEach((l) => l());
  });
const router = {
  push: jest.fn((href: string) => go(() => nav.history.push(href))),
  replace: jest.fn((href: string) => go(() => (nav.history[nav.history.length - 1] = href))),
  back: jest.fn(() => go(() => nav.history.pop())),
};

jest.mock('next/navigation', () => {
  const { useSyncExternalStore } = jest.requireActual<typeof import('react')>('react');
  const subscribe = (l: () => void) => {
    nav.listeners.add(l);
    return () => nav.listeners.delete(l);
  };
  const current = () => nav.history[nav.history.length - 1];
  return {
    useRouter: () => router,
    usePathname: () => url().pathname,
    useSearchParams: () => new URLSearchParams(new URL(useSyncExternalStore(subscribe, current), 'http://localhost').search),
  };
});

jest.mock('next/link', () => ({
  __esModule: true,
  default: ({ href, className, children, onClick, 'data-card': card }: LinkProps) => (
    <a
      href={href}
      className={className}
      data-card={card}
      onClick={(e) => {
        onClick?.(e);
        e.preventDefault();
        router.push(href);
      }}
    >
      {children}
    </a>
  ),
}));

const NOW = Date.now();

beforeEach(() => {
  serveBundle();
  nav.history = ['/browse'];
  // jsdom does no layout.
  window.scrollTo = jest.fn();
  Element.prototype.scrollIntoView = jest.fn();
});
afterEach(emptyStore);

function renderBrowse(at = '/browse') {
  nav.history = [at];
  return render(
    <DbProvider>
      <BrowseScreen />
    </DbProvider>,
  );
}

/** A read of the store inside act, so live queries it races with settle inside it too. */
const stateOf = (cardId: string) => act(async () => (await getDb().cardStates.get(cardId))!);
const results = () => screen.findByRole('list', { name: 'Cards' });
const resultIds = async () =>
  within(await results())
    .getAllByRole('link')
    .map((a) => a.getAttribute('data-card'));

describe('Browse screen', () => {
  it('lists every card with its deck, state and due date', async () => {
    renderBrowse();
    expect(await screen.findByText('4 cards.')).toBeInTheDocument();
    const first = within(await results()).getAllByRole('link')[0];
    expect(first).toHaveTextContent("Which program creates the container's processes?");
    expect(first).toHaveTextContent('Sample deck');
    expect(first).toHaveTextContent('new');
    expect(first).toHaveTextContent('not studied yet');
    expect(first).toHaveAttribute('href', '/browse?card=sample-basic');
    expect(await resultIds()).toEqual(['sample-basic', 'sample-choice', 'sample-cloze', 'sample-typed']);
  });

  it('searches text after a pause in typing, and filters by state and deck', async () => {
    renderBrowse('/browse?deck=sample');
    await screen.findByText('4 cards.');
    expect(screen.getByRole('combobox', { name: 'Deck' })).toHaveValue('sample');
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search cards' }), { target: { value: 'SHIM binary' } });
    expect(await screen.findByText('1 card.')).toBeInTheDocument();
    expect(await resultIds()).toEqual(['sample-choice']);

    fireEvent.change(screen.getByRole('combobox', { name: 'State' }), { target: { value: 'suspended' } });
    expect(url().search).toBe('?deck=sample&state=suspended');
    expect(await screen.findByText('No cards match.')).toBeInTheDocument();

    fireEvent.change(screen.getByRole('combobox', { name: 'Deck' }), { target: { value: '' } });
    expect(url().search).toBe('?state=suspended');
  });

  it('shows why a card matched: the text around the match, marked, and the field when not the prompt', async () => {
    renderBrowse();
    await screen.findByText('4 cards.');
    const search = screen.getByRole('searchbox', { name: 'Search cards' });
    fireEvent.change(search, { target: { value: 'runc-v1' } });
    expect(await screen.findByText('1 card.')).toBeInTheDocument();
    let hit = within(await results()).getByRole('link', { name: /Which shim binary/ });
    expect(hit).toHaveTextContent('Wrong option: containerd-shim-runc-v1');
    expect(within(hit).getByText('runc-v1', { selector: 'mark' })).toBeInTheDocument();

    fireEvent.change(search, { target: { value: 'plugin ls' } });
    hit = await within(await results()).findByRole('link', { name: /Which command lists/ });
    expect(hit).toHaveTextContent('Answer: ctr plugins ls');
    expect(
      within(hit)
        .getAllByText(/./, { selector: 'mark' })
        .map((m) => m.textContent),
    ).toEqual(['plugin', 'ls']);

    fireEvent.change(search, { target: { value: 'shim binary' } });
    hit = await within(await results()).findByRole('link', { name: /Which shim binary/ });
    expect(
      within(hit)
        .getAllByText(/./, { selector: 'mark' })
        .map((m) => m.textContent),
    ).toEqual(['shim', 'binary']);
    expect(hit).not.toHaveTextContent(/option:|Answer:/);
  });

  it('opens a card with its content, source, schedule and history, and suspends it', async () => {
    renderBrowse();
    await screen.findByText('4 cards.');
    const db = getDb();
    const row = await stateOf('sample-choice');
    await act(async () => {
      await answerCard(db, {
        cardId: 'sample-choice',
        rev: row.rev,
        rating: 3,
        now: NOW,
        durationMs: 4200,
        timeZone: 'UTC',
        scheduler: createScheduler(),
      });
    });
    fireEvent.click(within(await results()).getByRole('link', { name: /Which shim binary/ }));
    expect(url().search).toBe('?card=sample-choice');

    const detail = await screen.findByRole('region', { name: 'Card sample-choice' });
    expect(within(detail).getByText('Multiple choice')).toBeInTheDocument();
    const options = within(detail)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(options).toContain('✓containerd-shim-runc-v2(right answer)');
    expect(options).toContain('✗runc(wrong)');
    expect(within(detail).getByRole('link', { name: 'containerd/containerd/docs/runtime-v2.md' })).toHaveAttribute(
      'href',
      'https://github.com/containerd/containerd/blob/main/docs/runtime-v2.md',
    );
    expect(within(detail).getByText('Learning')).toBeInTheDocument();
    const history = within(detail).getByRole('table');
    expect(within(history).getByRole('cell', { name: 'Good' })).toBeInTheDocument();
    expect(within(history).getByRole('cell', { name: '4.2 s' })).toBeInTheDocument();
    expect(within(history).getByRole('cell', { name: '10m' })).toBeInTheDocument();

    fireEvent.click(within(detail).getByRole('button', { name: 'Suspend' }));
    expect(await within(detail).findByRole('button', { name: 'Unsuspend' })).toBeInTheDocument();
    expect(within(detail).getByRole('status')).toHaveTextContent(/^Suspended/);
    expect((await stateOf('sample-choice')).suspended).toBe(1);

    fireEvent.click(screen.getByRole('button', { name: /Back to cards/ }));
    expect(router.back).toHaveBeenCalled();
    expect(url().search).toBe('');
    await waitFor(() => expect(document.activeElement).toHaveAttribute('data-card', 'sample-choice'));
  });

  it('resets a reviewed card to new only after confirming', async () => {
    renderBrowse('/browse?card=sample-basic');
    await screen.findByRole('region', { name: 'Card sample-basic' });
    expect(screen.queryByRole('button', { name: 'Reset to new' })).not.toBeInTheDocument();
    const db = getDb();
    const row = await stateOf('sample-basic');
    await act(async () => {
      await answerCard(db, {
        cardId: 'sample-basic',
        rev: row.rev,
        rating: 4,
        now: NOW,
        durationMs: 1000,
        timeZone: 'UTC',
        scheduler: createScheduler(),
      });
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Reset to new' }));
    const question = screen.getByRole('group', { name: /Forget this card’s schedule/ });
    expect(within(question).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    fireEvent.click(within(question).getByRole('button', { name: 'Cancel' }));
    expect((await stateOf('sample-basic')).sched.phase).toBe('review');

    fireEvent.click(screen.getByRole('button', { name: 'Reset to new' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, reset to new' }));
    expect(await screen.findByText('Reset to new. Its history is kept.')).toBeInTheDocument();
    expect(await screen.findByText('When it is introduced')).toBeInTheDocument();
    expect((await stateOf('sample-basic')).sched.phase).toBe('new');
    expect(screen.getByRole('cell', { name: 'Easy' })).toBeInTheDocument();
  });

  it('hides retired cards unless asked', async () => {
    renderBrowse();
    await screen.findByText('4 cards.');
    await act(async () => {
      await syncBundle(getDb(), { ...bundleOf(CHOICE, CLOZE, TYPED), version: 'v2' }, NOW);
    });
    expect(await screen.findByText('3 cards.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Show retired cards' }));
    expect(await screen.findByText('4 cards.')).toBeInTheDocument();
    expect(within(await results()).getByRole('link', { name: /Which program creates/ })).toHaveTextContent('retired');
  });

  it('says so when the card in the address does not exist', async () => {
    renderBrowse('/browse?card=no-such-card');
    expect(await screen.findByRole('alert')).toHaveTextContent('There is no card “no-such-card”.');
    fireEvent.click(screen.getByRole('button', { name: /Back to cards/ }));
    expect(router.replace).toHaveBeenCalledWith('/browse', { scroll: false });
  });
});

describe('Browse by containerd version', () => {
  it('filters to the cards that hold for a version, keeps it in the URL, and marks cards outside the learner’s', async () => {
    // BASIC holds for 2.x, the others for every version; the learner runs 1.7.
    await act(async () => {
      const { writePrefs, DEFAULT_PREFS } = await import('@/lib/db');
      await writePrefs(getDb(), { ...DEFAULT_PREFS, studyLine: '1.7' });
    });
    renderBrowse();
    expect(await screen.findByText('4 cards.')).toBeInTheDocument();
    const basic = await screen.findByRole('link', { name: /Which program creates/ });
    await waitFor(() => expect(basic).toHaveTextContent('not in your version'));
    fireEvent.change(screen.getByLabelText('containerd version'), { target: { value: '1.6' } });
    expect(await screen.findByText('3 cards.')).toBeInTheDocument();
    expect(await resultIds()).toEqual(['sample-choice', 'sample-cloze', 'sample-typed']);
    expect(url().searchParams.get('version')).toBe('1.6');
    // Its preview studies the same 3 cards, not every version's.
    expect(screen.getByRole('link', { name: /^Preview these 3 cards/ })).toHaveAttribute('href', '/study?custom=preview&version=1.6');
    // One card left: the preview says so in the singular.
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search cards' }), { target: { value: 'SHIM binary' } });
    expect(await screen.findByText('1 card.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^Preview this card \(custom study/ })).toBeInTheDocument();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search cards' }), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('containerd version'), { target: { value: '2.1' } });
    expect(await screen.findByText('4 cards.')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('containerd version'), { target: { value: '' } });
    await waitFor(() => expect(url().searchParams.get('version')).toBeNull());
  });
});
