// The live-game identities kept in sessionStorage: screens reading them follow save() and clear()
// even when nothing else in the component changes (leaving a game resumed after a refresh).
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';

import { hostSession, type HostSession } from '@/components/quiz/live/sessions';

const GAME: HostSession = {
  gameId: 'g1',
  code: '123456',
  hostToken: 't',
  joinUrl: '/play?code=123456',
  decks: ['runc'],
  secondsPerQuestion: 20,
};

function Screen() {
  const stored = hostSession.useValue();
  // Already null when the game was resumed from storage: setting it again is a state React skips.
  const [running, setRunning] = useState<string | null>(null);
  if (running || stored) {
    return (
      <button
        type="button"
        onClick={() => {
          hostSession.clear();
          setRunning(null);
        }}
      >
        Done
      </button>
    );
  }
  return <h2>Setup</h2>;
}

afterEach(() => sessionStorage.clear());

it('leaves a resumed game when it is cleared, with no other state change', () => {
  hostSession.save(GAME);
  render(<Screen />);
  fireEvent.click(screen.getByRole('button', { name: 'Done' }));
  expect(screen.getByRole('heading', { name: 'Setup' })).toBeInTheDocument();
  expect(sessionStorage.getItem('cc-host-game')).toBeNull();
});

it('shows a game saved after the first render, and keeps its parsed value while unchanged', () => {
  const seen: (HostSession | null)[] = [];
  function Probe() {
    const value = hostSession.useValue();
    seen.push(value);
    return <p>{value ? value.code : 'none'}</p>;
  }
  const { rerender } = render(<Probe />);
  expect(screen.getByText('none')).toBeInTheDocument();
  act(() => hostSession.save(GAME));
  expect(screen.getByText('123456')).toBeInTheDocument();
  rerender(<Probe />);
  expect(seen.at(-1)).toBe(seen.at(-2));
  act(() => hostSession.clear());
  expect(screen.getByText('none')).toBeInTheDocument();
});
