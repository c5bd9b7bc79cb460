// The host's lobby when the app was opened at localhost: phones are sent to a LAN address the host
// can choose, and the QR code follows the choice.
import { fireEvent, render, screen, within } from '@testing-library/react';

import { HostLobby } from '@/components/quiz/live/host-lobby';
import type { JoinLinks } from '@/lib/quiz/join-links';

import { installFakeFetch } from '../fake-fetch';

const WIFI = 'http://192.168.1.20:3000';
const WIRED = 'http://10.0.0.5:3000';

function renderLobby(links: JoinLinks, joinUrl = `${WIFI}/play?code=123456`) {
  const fake = installFakeFetch({ 'GET /api/games/g1/join-links': () => ({ status: 200, body: links }) });
  render(
    <HostLobby
      gameId="g1"
      hostToken="host-token"
      code="123456"
      joinUrl={joinUrl}
      players={[]}
      locked={false}
      onKick={() => undefined}
      onLock={() => undefined}
      onStart={() => undefined}
    />,
  );
  return fake;
}

it('offers the LAN addresses to a host on localhost, and the QR code follows the one picked', async () => {
  const fake = renderLobby({ origins: [WIFI, WIRED], hostOnLoopback: true, source: 'lan' });
  const select = await screen.findByRole('combobox', { name: 'Phones join at' });
  expect(fake.calls[0]).toMatchObject({ method: 'GET', path: '/api/games/g1/join-links', headers: { Authorization: 'Bearer host-token' } });
  expect(
    within(select)
      .getAllByRole('option')
      .map((o) => o.textContent),
  ).toEqual([`${WIFI}/play`, `${WIRED}/play`]);
  expect(screen.getByText(/You opened this app at localhost, which phones cannot reach/)).toBeInTheDocument();
  expect(screen.getByRole('heading', { name: `Join at ${WIFI}/play` })).toBeInTheDocument();
  expect(screen.getByRole('img', { name: `QR code for ${WIFI}/play?code=123456` })).toHaveAttribute('src', '/api/games/g1/qr.svg');

  fireEvent.change(select, { target: { value: WIRED } });
  expect(screen.getByRole('heading', { name: `Join at ${WIRED}/play` })).toBeInTheDocument();
  const qr = screen.getByRole('img', { name: `QR code for ${WIRED}/play?code=123456` });
  expect(qr).toHaveAttribute('src', `/api/games/g1/qr.svg?origin=${encodeURIComponent(WIRED)}`);
});

it('names the one LAN address when there is only one', async () => {
  renderLobby({ origins: [WIFI], hostOnLoopback: true, source: 'lan' });
  expect(
    await screen.findByText(`Phones join at ${WIFI}/play: you opened this app at localhost, which phones cannot reach.`),
  ).toBeInTheDocument();
  expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
});

it('warns when this computer has no address a phone could reach', async () => {
  renderLobby({ origins: ['http://127.0.0.1:3000'], hostOnLoopback: true, source: 'none' }, 'http://127.0.0.1:3000/play?code=123456');
  expect(await screen.findByText(/Phones cannot reach this computer/)).toBeInTheDocument();
});

it('keeps the join URL it was given when the server sends something else', async () => {
  const fake = renderLobby({ origins: ['javascript:alert(1)'], hostOnLoopback: true, source: 'lan' } as JoinLinks);
  await screen.findByRole('heading', { name: `Join at ${WIFI}/play` });
  await new Promise((r) => setTimeout(r, 50));
  expect(fake.calls).toHaveLength(1);
  expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
  expect(screen.getByRole('heading', { name: `Join at ${WIFI}/play` })).toBeInTheDocument();
});
