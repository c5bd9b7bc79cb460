// A choice card's options are shuffled once per card and session: the same card shown again in the
// session (after Undo, say) has its options where they were; a new session shuffles afresh.
import { render, screen, within } from '@testing-library/react';

import { CardFace } from '@/components/study/card-face';
import type { CardRow } from '@/lib/db';

import { bundleOf } from '../../db/helpers';
import { CHOICE } from '../../decks/fixtures';

const card = { ...bundleOf(CHOICE).decks[0].cards[0], retired: 0 } as CardRow;

function shown(seed: number): string[] {
  const { unmount } = render(<CardFace card={card} revealed={false} onAnswered={jest.fn()} seed={seed} />);
  const options = within(screen.getByRole('list', { name: 'Options' }))
    .getAllByRole('button')
    .map((b) => b.textContent ?? '');
  unmount();
  return options;
}

it('shows a choice card’s options in the same order for the same session, every time it is shown', () => {
  expect(card.kind).toBe('choice');
  const first = shown(1234);
  expect([...first].sort()).toEqual(card.choices!.map((c) => c.text).sort());
  for (let i = 0; i < 5; i++) expect(shown(1234)).toEqual(first);
});

it('shuffles afresh for another session', () => {
  const orders = new Set(Array.from({ length: 20 }, (_, seed) => shown(seed).join('|')));
  expect(orders.size).toBeGreaterThan(1);
});
