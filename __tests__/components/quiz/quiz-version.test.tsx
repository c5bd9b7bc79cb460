/** A game can be restricted to one containerd version: the setup passes it on, and only cards that hold for it are asked. */
import 'fake-indexeddb/auto';

import { fireEvent, render, screen } from '@testing-library/react';

import { QuizSetup } from '@/components/quiz/quiz-setup';
import { quizCardsOf, syncBundle, type DeckRow } from '@/lib/db';

import { CHOICE } from '../../decks/fixtures';
import { bundleOf, freshFactory, openDb } from '../../db/helpers';

const deck = {
  id: 'sample',
  title: 'Sample deck',
  summary: '',
  order: 1,
  sources: [],
  hash: 'h',
  cardCount: 2,
  origin: 'bundled',
} as DeckRow;

it('passes the chosen version with the game’s choices', () => {
  const onStart = jest.fn();
  render(<QuizSetup decks={[deck]} initial={null} onStart={onStart} />);
  fireEvent.click(screen.getByRole('checkbox', { name: 'Sample deck' }));
  const version = screen.getByLabelText('containerd version');
  expect(version).toHaveValue('');
  expect(version).toHaveAccessibleDescription('Ask only what holds for the version your team runs.');
  fireEvent.change(version, { target: { value: '1.7' } });
  fireEvent.click(screen.getByRole('button', { name: /Pass and play/ }));
  expect(onStart).toHaveBeenCalledWith(expect.objectContaining({ decks: ['sample'], version: '1.7' }), 'pass-and-play');
});

it('draws only the questions that hold for the version', async () => {
  const db = openDb(freshFactory());
  const twoX = CHOICE.replace('sample-choice', 'sample-choice-2x').replace('kind: choice', 'kind: choice\nversions: 2.x');
  const oneX = CHOICE.replace('kind: choice', 'kind: choice\nversions: 1.x');
  await syncBundle(db, bundleOf(oneX, twoX), Date.now());
  const ids = async (version: Parameters<typeof quizCardsOf>[2]) => (await quizCardsOf(db, ['sample'], version)).map((c) => c.id);
  expect(await ids(null)).toEqual(expect.arrayContaining(['sample-choice', 'sample-choice-2x']));
  expect(await ids('1.7')).toEqual(['sample-choice']);
  expect(await ids('latest')).toEqual(['sample-choice-2x']);
});
