// The player's /play screen with a fake server: refused joins in words, and a game that owns the
// whole screen until the player leaves it.
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';

import { AppFrame } from '@/components/app-frame';
import { PlayScreen } from '@/components/quiz/live/play-screen';

import { FakeEventSource, installFakeEventSource } from '../fake-event-source';
import { installFakeFetch } from '../fake-fetch';
import { playerSnapshot } from '../wire-fixtures';

jest.mock('next/navigation', () => ({
  useSearchParams: () => new URLSearchParams('code=123456'),
  usePathname: () => '/play',
  useRouter: () => ({ push: jest.fn() }),
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

it('sends this device’s own random identifier with every join, made once and kept on the device', async () => {
  localStorage.clear();
  const fake = installFakeFetch({ 'POST /api/join': () => ({ status: 404, body: { error: 'no game', code: 'game_not_found' } }) });
  render(<PlayScreen />);
  joinAs('Ana');
  await screen.findByRole('alert');
  joinAs('Bo');
  await act(async () => undefined);
  const [first, second] = fake.calls.map((c) => (c.body as { deviceId: string }).deviceId);
  expect(first).toMatch(/^[A-Za-z0-9_-]{24}$/);
  expect(second).toBe(first);
  expect(localStorage.getItem('quiz-device-id')).toBe(first);
});

describe('during a game', () => {
  const SESSION = { gameId: 'g1', playerId: 'p1', playerToken: 't'.repeat(43), nickname: 'Ana', team: null };

  function playInFrame() {
    installFakeEventSource();
    const fake = installFakeFetch({
      'POST /api/join': () => ({ status: 201, body: SESSION }),
      'POST /api/rejoin': () => ({ status: 200, body: SESSION }),
      'POST /api/games/g1/leave': () => ({ status: 200, body: { ok: true } }),
      'GET /api/games/g1/misses': () => ({ status: 200, body: { questions: [] } }),
    });
    render(
      <AppFrame>
        <PlayScreen />
      </AppFrame>,
    );
    return fake;
  }

  async function joinGame() {
    joinAs('Ana');
    await screen.findByRole('heading', { level: 1, name: 'Quiz game 123 456' });
    act(() => FakeEventSource.latest().emit('snapshot', playerSnapshot().data));
    await screen.findByRole('heading', { name: 'You’re in. Waiting for the host to start…' });
  }

  const tabBar = () => screen.queryByRole('navigation', { name: 'Main' });

  it('shows the game only: its own heading, no tab bar, no header links', async () => {
    playInFrame();
    expect(screen.getByRole('heading', { level: 1, name: 'Join a quiz' })).toBeInTheDocument();
    expect(tabBar()).toBeInTheDocument();
    await joinGame();
    expect(tabBar()).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'containerd Cards' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Join a quiz' })).not.toBeInTheDocument();
  });

  it('asks before leaving: Escape keeps the player in the game, Leave takes them out', async () => {
    const fake = playInFrame();
    await joinGame();
    const leave = screen.getByRole('button', { name: 'Leave game' });
    leave.focus();
    fireEvent.click(leave);
    const dialog = screen.getByRole('alertdialog', { name: 'Leave this game?' });
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(leave).toHaveFocus();
    expect(fake.calls.some((c) => c.path.endsWith('/leave'))).toBe(false);

    fireEvent.click(leave);
    fireEvent.click(screen.getByRole('button', { name: 'Leave' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Join a quiz' })).toBeInTheDocument();
    expect(fake.calls.find((c) => c.path === '/api/games/g1/leave')).toMatchObject({ method: 'POST' });
    expect(tabBar()).toBeInTheDocument();
    expect(sessionStorage.getItem('cc-player')).toBeNull();
  });

  it('gives the app back at the podium (tab bar and all), so the player can go study their misses', async () => {
    playInFrame();
    await joinGame();
    act(() =>
      FakeEventSource.latest().emit('podium', {
        at: Date.now(),
        top: [{ nickname: 'Ana', team: null, score: 900, rank: 1 }],
        you: { score: 900, rank: 1 },
        teams: [],
      }),
    );
    await screen.findByRole('heading', { name: 'Podium' });
    expect(tabBar()).toBeInTheDocument();
    expect(await screen.findByText('You missed nothing this game: nothing to add to your study.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Join another game' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Join a quiz' })).toBeInTheDocument();
    expect(tabBar()).toBeInTheDocument();
  });
});

describe('a refresh while offline', () => {
  const SESSION = { gameId: 'g1', playerToken: 't'.repeat(43), nickname: 'Ana', code: '123456' };

  it('keeps the game’s heading, says the phone is offline, and rejoins by itself once back online', async () => {
    installFakeEventSource();
    sessionStorage.setItem('cc-player', JSON.stringify(SESSION));
    const online = jest.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    global.fetch = jest.fn(async () => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
    render(<PlayScreen />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Quiz game 123 456' })).toBeInTheDocument();
    const status = await screen.findByText('You are offline.');
    expect(status.closest('[role="status"]')).toHaveTextContent('rejoins your game by itself once it reaches the server again');
    expect(screen.queryByRole('textbox', { name: 'Nickname' })).not.toBeInTheDocument();

    online.mockReturnValue(true);
    installFakeFetch({ 'POST /api/rejoin': () => ({ status: 200, body: { ...SESSION, playerId: 'p1', team: null } }) });
    act(() => void window.dispatchEvent(new Event('online')));
    await waitFor(() => expect(FakeEventSource.instances).toHaveLength(1));
    act(() => FakeEventSource.latest().emit('snapshot', playerSnapshot().data));
    await screen.findByRole('heading', { name: 'You’re in. Waiting for the host to start…' });
    online.mockRestore();
  });
});
