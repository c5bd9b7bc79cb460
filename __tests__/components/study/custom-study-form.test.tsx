// The Custom study form: each option says how many cards it holds before it starts, bad numbers and
// empty options are refused with a message (nothing written, nowhere to go), and each start goes to
// the session its option names.
import 'fake-indexeddb/auto';

import { act, fireEvent, render, screen } from '@testing-library/react';

import { DbProvider } from '@/components/db-provider';
import { CustomStudyForm } from '@/components/study/custom-study-form';
import { answerCard, getDb } from '@/lib/db';
import { EXTRA_NEW_KEY } from '@/lib/db/extra-new';
import { createScheduler, DEFAULT_SRS } from '@/lib/srs';

import { emptyStore, serveBundle } from '../browse/store';

const push = jest.fn();
jest.mock('next/navigation', () => ({ useRouter: () => ({ push }) }));

beforeEach(async () => {
  push.mockClear();
  await emptyStore();
  serveBundle();
});

function renderForm(deckId: string | null) {
  return render(
    <DbProvider>
      <CustomStudyForm deckId={deckId} />
    </DbProvider>,
  );
}

const start = () => fireEvent.click(screen.getByRole('button', { name: 'Start custom study' }));
const extraNew = () => act(() => getDb().settings.get(EXTRA_NEW_KEY));

async function forget(cardId: string) {
  await act(async () => {
    const db = getDb();
    const row = (await db.cardStates.get(cardId))!;
    await answerCard(db, {
      cardId,
      rev: row.rev,
      rating: 1,
      now: Date.now(),
      durationMs: 2000,
      timeZone: 'UTC',
      scheduler: createScheduler(DEFAULT_SRS),
    });
  });
}

describe('Custom study form', () => {
  it('says how many cards each option holds, for every deck', async () => {
    renderForm(null);
    expect(screen.getByRole('heading', { name: 'Custom study: all decks' })).toBeInTheDocument();
    expect(
      await screen.findByRole('radio', { name: 'Preview: every card for the version you run, without changing its schedule (4 cards)' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Cards I forgot today (0 cards)' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Cards I forgot this week (0 cards)' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'More new cards today' })).toBeChecked();
  });

  it('counts a card forgotten today, and starts that session', async () => {
    renderForm('sample');
    await screen.findByRole('heading', { name: 'Custom study: Sample deck' });
    await screen.findByRole('radio', { name: /Preview: .*\(4 cards\)/ });
    await forget('sample-basic');
    fireEvent.click(await screen.findByRole('radio', { name: 'Cards I forgot today (1 card)' }));
    start();
    expect(push).toHaveBeenCalledWith('/study?custom=forgotten&deck=sample&days=1');
  });

  it('refuses an option with no cards, and a day count out of range, without leaving the form', async () => {
    renderForm(null);
    fireEvent.click(await screen.findByRole('radio', { name: 'Cards I forgot this week (0 cards)' }));
    start();
    expect(await screen.findByRole('alert')).toHaveTextContent('That option has no cards right now: choose another.');

    const days = screen.getByLabelText('Cards due in the next (days)');
    fireEvent.focus(days);
    fireEvent.change(days, { target: { value: '400' } });
    expect(screen.getByRole('radio', { name: /^Review ahead/ })).toBeChecked();
    start();
    expect(await screen.findByRole('alert')).toHaveTextContent('Enter a whole number of days from 1 to 365.');
    expect(push).not.toHaveBeenCalled();
  });

  it('adds more new cards to today’s limit only for a whole number in range', async () => {
    renderForm('sample');
    await screen.findByRole('heading', { name: 'Custom study: Sample deck' });
    const count = screen.getByLabelText('New cards to add to today’s limit');
    for (const bad of ['0', '2.5', 'ten', '']) {
      fireEvent.change(count, { target: { value: bad } });
      start();
      expect(await screen.findByRole('alert')).toHaveTextContent('Enter a whole number of new cards from 1 to 9999.');
    }
    expect(await extraNew()).toBeUndefined();
    expect(push).not.toHaveBeenCalled();

    fireEvent.change(count, { target: { value: '15' } });
    start();
    await act(async () => {
      while (!push.mock.calls.length) await new Promise((r) => setTimeout(r, 5));
    });
    expect(push).toHaveBeenCalledWith('/study?deck=sample');
    expect((await extraNew())?.value).toMatchObject({ all: 0, decks: { sample: 15 } });
  });

  it('previews every card of all decks from one tap', async () => {
    renderForm(null);
    fireEvent.click(await screen.findByRole('radio', { name: /^Preview: .*\(4 cards\)$/ }));
    start();
    expect(push).toHaveBeenCalledWith('/study?custom=preview&version=latest');
  });

  it('says so for a deck that does not exist', async () => {
    renderForm('nope');
    expect(await screen.findByRole('alert')).toHaveTextContent('There is no deck “nope”.');
    expect(screen.queryByRole('button', { name: 'Start custom study' })).not.toBeInTheDocument();
  });
});
