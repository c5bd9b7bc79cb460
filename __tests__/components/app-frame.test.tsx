// The app frame hides its chrome (header links, tab bar) while a screen asks for focus, and only then.
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';

import { AppFrame } from '@/components/app-frame';
import { useFocusScreen } from '@/components/focus-screen';

jest.mock('next/navigation', () => ({ usePathname: () => '/play' }));

function Game() {
  const [playing, setPlaying] = useState(false);
  useFocusScreen(playing);
  return (
    <button type="button" onClick={() => setPlaying((p) => !p)}>
      {playing ? 'Stop' : 'Play'}
    </button>
  );
}

const chrome = () => ({
  tabs: screen.queryByRole('navigation', { name: 'Main' }),
  home: screen.queryByRole('link', { name: 'containerd Cards' }),
});

it('shows the tab bar and header link, hides both for a focus screen, and brings them back', () => {
  const { container } = render(
    <AppFrame>
      <Game />
    </AppFrame>,
  );
  expect(chrome().tabs).toBeInTheDocument();
  expect(chrome().home).toBeInTheDocument();

  fireEvent.click(screen.getByRole('button', { name: 'Play' }));
  expect(chrome().tabs).not.toBeInTheDocument();
  expect(chrome().home).not.toBeInTheDocument();
  expect(screen.queryAllByRole('link').map((l) => l.textContent)).toEqual(['Skip to content']);
  expect(container.querySelector('.app')).toHaveAttribute('data-focus');

  fireEvent.click(screen.getByRole('button', { name: 'Stop' }));
  expect(chrome().tabs).toBeInTheDocument();
  expect(container.querySelector('.app')).not.toHaveAttribute('data-focus');
});

it('brings the chrome back when the focus screen goes away', () => {
  function Host() {
    const [shown, setShown] = useState(true);
    return (
      <>
        {shown && <Focused />}
        <button type="button" onClick={() => setShown(false)}>
          Close
        </button>
      </>
    );
  }
  function Focused() {
    useFocusScreen(true);
    return <p>Game</p>;
  }
  render(
    <AppFrame>
      <Host />
    </AppFrame>,
  );
  expect(chrome().tabs).not.toBeInTheDocument();
  fireEvent.click(screen.getByRole('button', { name: 'Close' }));
  expect(chrome().tabs).toBeInTheDocument();
});
