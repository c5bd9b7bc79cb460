// The reveal teaches: the card's explanation (sanitised Markdown) and its upstream source, on the
// host's screen and on a player's phone, folded from the reveal and never before it.
import { render, screen } from '@testing-library/react';

import { hostReducer, INITIAL_HOST_VIEW } from '@/components/quiz/live/host-view';
import { PlayerGame } from '@/components/quiz/live/player-game';
import { INITIAL_PLAYER_VIEW, playerReducer } from '@/components/quiz/live/player-view';
import { RevealTeaching } from '@/components/quiz/shared/reveal-teaching';

const OPEN = {
  at: 1,
  index: 0,
  total: 3,
  deckId: 'runc',
  prompt: 'Which runtime?',
  kind: 'choice' as const,
  options: ['runc', 'crun'],
  endsAt: 20_000,
};
const REVEAL = { at: 2, index: 0, kind: 'choice' as const, correct: 0, counts: [1, 0], answered: 1, right: 1 };
const TEACHING = {
  explanation: 'The **runc** shim, `io.containerd.runc.v2`.<img src=x onerror=alert(1)>',
  source: 'containerd/containerd/docs/RUNC.md',
};

it('shows the explanation as sanitised Markdown and links the source upstream', () => {
  const { container } = render(<RevealTeaching {...TEACHING} />);
  const why = screen.getByRole('complementary', { name: 'Why' });
  expect(why).toHaveTextContent('The runc shim, io.containerd.runc.v2.');
  expect(why.querySelector('strong')).toHaveTextContent('runc');
  expect(container.querySelector('img[onerror]')).toBeNull();
  expect(screen.getByRole('link', { name: 'containerd/containerd/docs/RUNC.md' })).toHaveAttribute(
    'href',
    'https://github.com/containerd/containerd/blob/main/docs/RUNC.md',
  );
});

it('gives a source that is not upstream no link', () => {
  render(<RevealTeaching source="javascript:alert(1)" />);
  expect(screen.queryByRole('link')).toBeNull();
  expect(screen.queryByRole('complementary')).toBeNull();
});

it('reaches the player’s phone with the reveal, not while answering, and goes with the next question', () => {
  let view = playerReducer(INITIAL_PLAYER_VIEW, { name: 'question-open', data: OPEN }, 1);
  expect(view.teaching).toBeNull();
  view = playerReducer(view, { name: 'reveal', data: { ...REVEAL, ...TEACHING, you: null } }, 2);
  render(<PlayerGame view={view} nickname="Ana" onAnswer={() => undefined} />);
  expect(screen.getByRole('complementary', { name: 'Why' })).toHaveTextContent('io.containerd.runc.v2');
  view = playerReducer(view, { name: 'question-open', data: { ...OPEN, index: 1 } }, 3);
  expect(view.teaching).toBeNull();
});

it('keeps the teaching on the host’s view from the reveal event', () => {
  const view = hostReducer(
    hostReducer(INITIAL_HOST_VIEW, { name: 'question-open', data: OPEN }, 1),
    { name: 'reveal', data: { ...REVEAL, ...TEACHING } },
    2,
  );
  expect(view.reveal).toMatchObject(TEACHING);
});
