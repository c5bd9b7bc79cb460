// The player's /play screen with a fake server: refused joins in words, and a game that owns the
// whole screen until the player leaves it.
import { act, fireEvent, render, screen } from '@testing-library/react';

import { PlayScreen } from '@/components/quiz/play-screen';

import { installFakeFetch } from './fake-fetch';

jest.mock('next/navigation', () => ({
  useSearchParams: () => new URLSearchParams('code=123456'),
  usePathname: () => '/play',
}));

afterEach(() => sessionStorage.clear());

function joinAs(nickname: string) {
  fireEvent.change(screen.getByRole('textbox', { name: 'Nickname' }), { target: { value: nickname } });
  fireEvent.click(screen.getByRole('button', { name: 'Join the game' }));
}

it('words a refused join from its code, not the server’s text', async () => {
  installFakeFetch({ 'POST /api/join': () => ({ status: 404, body: { error: 'no game with this code', code: 'game_not_found' } }) });
  render(<PlayScreen />);
  joinAs('Ana');
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('There is no game with code 123 456. Check the code on the host’s screen.');
  expect(alert).not.toHaveTextContent('no game with this code');
  await act(async () => undefined);
});
