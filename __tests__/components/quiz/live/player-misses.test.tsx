// The podium's "Add the N questions I missed to my study" on a phone that never opened the app: the
// provider loads the bundled decks, the player's own misses (asked with their token) become due now
// in this device's study, and a card from a deck this phone lacks is named, not dropped silently.
import 'fake-indexeddb/auto';

import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';

import { DbProvider } from '@/components/db-provider';
import { PlayerMisses } from '@/components/quiz/live/player-misses';
import { getDb, Q } from '@/lib/db';

import { emptyStore, SAMPLE_BUNDLE } from '../../browse/store';
import { installFakeFetch } from '../fake-fetch';

const TOKEN = 't'.repeat(43);

const miss = (cardId: string, prompt: string) => ({
  cardId,
  deckId: cardId.split('-')[0],
  prompt,
  options: ['right one', 'wrong one'],
  correct: 0,
  yourOption: 1,
});

beforeEach(() => emptyStore());

function renderPodium(questions: unknown[]) {
  const fake = installFakeFetch({
    'GET /decks/bundle.json': () => ({ status: 200, body: SAMPLE_BUNDLE }),
    'GET /api/games/g1/misses': () => ({ status: 200, body: { questions } }),
  });
  render(
    <DbProvider>
      <PlayerMisses gameId="g1" playerToken={TOKEN} />
    </DbProvider>,
  );
  return fake;
}

it('adds this player’s misses to their own study, due now, and names the card it cannot add', async () => {
  const fake = renderPodium([
    miss('sample-choice', 'Which shim?'),
    miss('sample-typed', 'Type the command'),
    miss('hosts-own', 'A question from **the host’s** deck'),
  ]);
  const add = await screen.findByRole('button', { name: 'Add the 3 questions I missed to my study' });
  expect(fake.calls.find((c) => c.path === '/api/games/g1/misses')?.headers).toMatchObject({ Authorization: `Bearer ${TOKEN}` });
  // A first visit: the button waits until the bundled decks are on this phone.
  await waitFor(() => expect(add).toBeEnabled());
  const before = Date.now();
  await act(async () => {
    fireEvent.click(add);
  });
  await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('2 questions are due in your study now.'));
  expect(screen.getByText(/1 question could not be added/)).toBeInTheDocument();
  expect(screen.getByRole('listitem')).toHaveTextContent('A question from the host’s deck — right one');
  expect(screen.queryByRole('button', { name: /Add the/ })).toBeNull();
  const states = await getDb().cardStates.bulkGet(['sample-choice', 'sample-typed', 'sample-basic']);
  expect(states[0]).toMatchObject({ queue: Q.learning });
  expect(states[0]!.due).toBeGreaterThanOrEqual(before);
  expect(states[1]).toMatchObject({ queue: Q.learning });
  expect(states[2]!.queue).toBe(Q.new);
});

it('says so when the player missed nothing', async () => {
  renderPodium([]);
  expect(await screen.findByText('You missed nothing this game: nothing to add to your study.')).toBeInTheDocument();
  expect(screen.queryByRole('button')).toBeNull();
});
