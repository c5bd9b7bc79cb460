// The live host's projector with typed, order and true/false questions: what players are asked to do
// while answering, and at the reveal the accepted commands with the answers given, the right order with
// how many placed each step, or True/False with the right one marked. The phone shows the typed answers too.
import { act, render, screen, within } from '@testing-library/react';

import { LiveHost } from '@/components/quiz/live/live-host';
import { PlayerGame } from '@/components/quiz/live/player-game';
import { INITIAL_PLAYER_VIEW, playerReducer } from '@/components/quiz/live/player-view';
import { DEFAULT_SETTINGS } from '@/lib/quiz';
import type { HostSnapshot } from '@/lib/quiz/protocol';

import { FakeEventSource, installFakeEventSource } from '../fake-event-source';
import { installFakeFetch } from '../fake-fetch';

const SESSION = {
  gameId: 'g1',
  code: '123456',
  hostToken: 'h'.repeat(43),
  joinUrl: 'http://x/play',
  decks: ['ctr'],
  secondsPerQuestion: 20,
};
const BASE = { index: 0, total: 3, deckId: 'ctr', prompt: 'Type the ctr command that lists the plugins.' };
const TYPED_REVEAL = {
  at: 2,
  index: 0,
  kind: 'typed' as const,
  correct: -1,
  accept: ['ctr plugins ls', 'ctr plugin list'],
  typed: [
    { text: 'ctr plugins list', count: 3, right: true },
    { text: 'ctr ps', count: 1, right: false },
  ],
  counts: [],
  answered: 4,
  right: 3,
};

const snapshot = (data: Partial<HostSnapshot>): Omit<HostSnapshot, never> => ({
  gameId: 'g1',
  code: '123456',
  seq: 1,
  phase: 'answering',
  locked: false,
  settings: DEFAULT_SETTINGS,
  total: 3,
  question: null,
  answered: 0,
  expected: 4,
  players: [],
  top: [],
  standings: null,
  teams: [],
  challenge: null,
  ...data,
});

async function host() {
  installFakeEventSource();
  installFakeFetch();
  render(<LiveHost start={{ resume: SESSION }} onSave={jest.fn()} onUnreachable={jest.fn()} onExit={jest.fn()} />);
  await act(async () => undefined);
  return FakeEventSource.latest();
}

afterEach(() => sessionStorage.clear());

it('asks the room to type on their phones, then shows the accepted commands and the answers given', async () => {
  const stream = await host();
  act(() => stream.emit('snapshot', snapshot({})));
  act(() => stream.emit('question-open', { ...BASE, at: 1, kind: 'typed', options: [], endsAt: null }));
  expect(screen.getByText('Players type the command on their phones.')).toBeInTheDocument();
  expect(screen.queryByRole('list', { name: 'Options' })).not.toBeInTheDocument();
  act(() => stream.emit('reveal', TYPED_REVEAL));
  expect(screen.getByText('ctr plugins ls', { selector: 'code' })).toBeInTheDocument();
  const given = within(screen.getByRole('list', { name: 'Answers given' })).getAllByRole('listitem');
  expect(given.map((li) => li.textContent)).toEqual(['✓ctr plugins list right3 typed this', '✗ctr ps wrong1 typed this']);
  expect(screen.getByText('3 of 4 answered right.')).toBeInTheDocument();
});

it('shows the steps shuffled while players order them, then the right order and how many placed each step', async () => {
  const stream = await host();
  const steps = ['PullImage', 'StartContainer', 'RunPodSandbox', 'CreateContainer'];
  act(() => stream.emit('snapshot', snapshot({})));
  act(() =>
    stream.emit('question-open', { ...BASE, at: 1, prompt: 'Order the pod start path.', kind: 'order', options: steps, endsAt: null }),
  );
  expect(within(screen.getByRole('list', { name: 'Steps, shuffled' })).getAllByRole('listitem')).toHaveLength(4);
  expect(screen.getByText(/put these steps in order on their phones/)).toBeInTheDocument();
  act(() =>
    stream.emit('reveal', {
      at: 2,
      index: 0,
      kind: 'order',
      correct: -1,
      order: [2, 0, 3, 1],
      counts: [1, 2, 2, 1],
      answered: 2,
      right: 1,
    }),
  );
  const right = within(screen.getByRole('list', { name: 'The right order' })).getAllByRole('listitem');
  expect(right.map((li) => li.textContent)).toEqual([
    'RunPodSandbox2 put it here',
    'PullImage1 put it here',
    'CreateContainer1 put it here',
    'StartContainer2 put it here',
  ]);
});

it('rebuilds a typed reveal from a snapshot after a reconnect', async () => {
  const stream = await host();
  const { kind, correct, accept, typed, counts, answered, right } = TYPED_REVEAL;
  const key = { kind, correct, accept, typed, counts, answered, right };
  act(() => stream.emit('snapshot', snapshot({ phase: 'reveal', question: { ...BASE, options: [], endsAt: null, ...key } })));
  expect(within(screen.getByRole('list', { name: 'Answers given' })).getAllByRole('listitem')).toHaveLength(2);
});

it('marks True or False on the projector with how many chose each', async () => {
  const stream = await host();
  act(() => stream.emit('snapshot', snapshot({})));
  act(() =>
    stream.emit('question-open', {
      ...BASE,
      at: 1,
      prompt: 'runc is a daemon.',
      kind: 'truefalse',
      options: ['True', 'False'],
      endsAt: null,
    }),
  );
  act(() => stream.emit('reveal', { at: 2, index: 0, kind: 'truefalse', correct: 1, counts: [1, 3], answered: 4, right: 3 }));
  expect(screen.getByText('✓ right answer').closest('li')).toHaveTextContent('False');
});

it('shows a player the answers the room typed after the reveal', () => {
  let view = playerReducer(
    INITIAL_PLAYER_VIEW,
    { name: 'question-open', data: { ...BASE, at: 1, kind: 'typed', options: [], endsAt: null } },
    1,
  );
  view = playerReducer(view, { name: 'reveal', data: { ...TYPED_REVEAL, you: null } }, 2);
  render(<PlayerGame view={view} nickname="Ana" onAnswer={() => undefined} />);
  expect(within(screen.getByRole('list', { name: 'Answers given' })).getAllByRole('listitem')).toHaveLength(2);
});
