/**
 * @jest-environment node
 */
// The join link a host on localhost hands out: this server's LAN addresses (from an injected
// interface list), never a loopback URL nor a name from someone's Host header.
import './support/esm-shims';

import { joinLinksSchema } from '@/lib/quiz/join-links';
import { joinQrSvg } from '@/server/game/qr';

import { Harness, json, type Created } from './support/game-harness';
import { request } from './support/http';
import { FAKE_INTERFACES, LOOPBACK_ONLY } from './support/interfaces';

jest.setTimeout(20_000);

const portOf = (base: string) => new URL(base).port;

describe('a host on a loopback address', () => {
  const h = new Harness();
  let port: string;
  let game: Created;
  beforeAll(async () => {
    await h.start({ game: { networkInterfaces: () => FAKE_INTERFACES } });
    port = portOf(h.base);
    game = await h.create();
  });
  afterAll(() => h.stop());

  const links = (headers: Record<string, string> = {}) =>
    request(h.base, 'GET', `/api/games/${game.gameId}/join-links`, undefined, { authorization: `Bearer ${game.hostToken}`, ...headers });

  it('gets a join URL at the first LAN address, not at localhost', () => {
    expect(game.joinUrl).toBe(`http://192.168.1.20:${port}/play?code=${game.code}`);
  });

  it('is offered every LAN address, IPv4 first, and told it is on loopback', async () => {
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`]) {
      const res = await links({ host });
      expect(res.status).toBe(200);
      const body = joinLinksSchema.parse(json(res));
      expect(body).toEqual({
        origins: [`http://192.168.1.20:${port}`, `http://10.0.0.5:${port}`, `http://[2001:db8::20]:${port}`, `http://[fd00::5]:${port}`],
        hostOnLoopback: true,
        source: 'lan',
      });
    }
  });

  it('keeps the address the host used, when it is one of the server’s own', async () => {
    const body = json(await links({ host: `10.0.0.5:${port}` }));
    expect(body).toMatchObject({ hostOnLoopback: false, source: 'host' });
    expect((body.origins as string[])[0]).toBe(`http://10.0.0.5:${port}`);
  });

  it('never takes the join URL from a Host header that is not the server’s own address', async () => {
    const body = json(await links({ host: 'evil.example' }));
    expect(JSON.stringify(body)).not.toContain('evil');
    const created = await request(
      h.base,
      'POST',
      '/api/games',
      { cards: (await import('./support/cards')).choiceCards(2) },
      { host: 'evil.example' },
    );
    expect(JSON.parse(created.body).joinUrl).toMatch(new RegExp(`^http://192\\.168\\.1\\.20:${port}/play\\?code=\\d{6}$`));
  });

  it('draws the QR code for the address the host picked, and only for one the server offers', async () => {
    const picked = `http://10.0.0.5:${port}`;
    const qr = await h.get(`/api/games/${game.gameId}/qr.svg?origin=${encodeURIComponent(picked)}`);
    expect(qr.status).toBe(200);
    expect(qr.body).toBe(await joinQrSvg(`${picked}/play?code=${game.code}`));
    const fallback = await h.get(`/api/games/${game.gameId}/qr.svg`);
    expect(fallback.body).toBe(await joinQrSvg(game.joinUrl));
    for (const origin of ['http://evil.example', `http://127.0.0.1:${port}`, 'javascript:alert(1)', 'x'.repeat(400)]) {
      const res = await h.get(`/api/games/${game.gameId}/qr.svg?origin=${encodeURIComponent(origin)}`);
      expect(res.status).toBe(400);
    }
  });

  it('shows the addresses to the game’s host only', async () => {
    expect((await h.get(`/api/games/${game.gameId}/join-links`)).status).toBe(401);
    const player = await h.join(game.code, 'Ana');
    expect((await h.get(`/api/games/${game.gameId}/join-links`, player.playerToken)).status).toBe(401);
    expect((await h.get(`/api/games/${'A'.repeat(22)}/join-links`, game.hostToken)).status).toBe(404);
  });
});

describe('a machine with no network but loopback', () => {
  const h = new Harness();
  beforeAll(() => h.start({ game: { networkInterfaces: () => LOOPBACK_ONLY } }));
  afterAll(() => h.stop());

  it('says there is none, and keeps the loopback URL as the only one', async () => {
    const game = await h.create();
    expect(game.joinUrl).toBe(`${h.base}/play?code=${game.code}`);
    expect(json(await h.get(`/api/games/${game.gameId}/join-links`, game.hostToken))).toEqual({
      origins: [h.base],
      hostOnLoopback: true,
      source: 'none',
    });
  });
});

describe('PUBLIC_URL', () => {
  const h = new Harness();
  beforeAll(() => h.start({ game: { publicUrl: 'https://quiz.example.org/', networkInterfaces: () => FAKE_INTERFACES } }));
  afterAll(() => h.stop());

  it('wins over the LAN addresses', async () => {
    const game = await h.create();
    expect(game.joinUrl).toBe(`https://quiz.example.org/play?code=${game.code}`);
    expect(json(await h.get(`/api/games/${game.gameId}/join-links`, game.hostToken))).toEqual({
      origins: ['https://quiz.example.org'],
      hostOnLoopback: true,
      source: 'public-url',
    });
  });
});
