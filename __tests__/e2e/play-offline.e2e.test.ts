/** @jest-environment node */
// A player's phone after one online visit, with the network gone: /play reloads from the service
// worker and says plainly that the phone is offline (then rejoins the game by itself once back online),
// and a challenge opened once reloads offline, takes answers, and sends them when the network returns.
import '../server/support/esm-shims';

import type { Page } from 'playwright-core';

import { choiceCards } from '../server/support/cards';
import { request } from '../server/support/http';
import { launchPersistent, PHONE, type PersistentContext } from './helpers/browser';
import { setNetwork, startCountingServer, waitForController, type CountingServer } from './pwa-helpers';

jest.setTimeout(120_000);

let server: CountingServer;
let browser: PersistentContext;
let page: Page;

interface Created {
  gameId: string;
  code: string;
  hostToken: string;
}

async function post(path: string, body: unknown): Promise<Created> {
  const res = await request(server.url, 'POST', path, body);
  if (res.status !== 201) throw new Error(`${path}: ${res.status} ${res.body}`);
  return JSON.parse(res.body) as Created;
}

beforeAll(async () => {
  server = await startCountingServer();
  browser = await launchPersistent(PHONE);
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('reloads /play offline from the service worker, says the phone is offline, and rejoins once back online', async () => {
  const game = await post('/api/games', { cards: choiceCards(3), settings: { previewSeconds: 0 } });
  await page.goto(`${server.url}/play?code=${game.code}`);
  await waitForController(page);
  await page.getByLabel('Nickname').fill('Ana');
  await page.getByRole('button', { name: 'Join the game' }).tap();
  await page.getByText('You’re in. Waiting for the host to start…').waitFor();

  await setNetwork(browser.context, server, false);
  const response = await page.reload();
  expect(response?.fromServiceWorker()).toBe(true);
  const title = `Quiz game ${game.code.slice(0, 3)} ${game.code.slice(3)}`;
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  const offline = page.getByRole('status').filter({ hasText: 'You are offline.' });
  await offline.waitFor();
  expect(await offline.innerText()).toContain('your place and score are kept');
  expect(await page.getByRole('textbox', { name: 'Nickname' }).count()).toBe(0);

  await setNetwork(browser.context, server, true);
  await page.getByText('You’re in. Waiting for the host to start…').waitFor({ timeout: 15_000 });
  expect(await offline.count()).toBe(0);
});

it('reloads a challenge opened once while offline, takes answers, and sends them once back online', async () => {
  const challenge = await post('/api/challenges', {
    cards: choiceCards(3),
    settings: { questionCount: 3 },
    deadline: Date.now() + 60 * 60_000,
  });
  const url = `${server.url}/play/challenge?code=${challenge.code}`;
  await page.goto(url);
  await page.getByLabel('Nickname').fill('Bo');
  await page.getByRole('button', { name: 'Join the game' }).tap();
  await page.getByText('Question 1 of 3').waitFor();
  const answers = page.getByRole('group', { name: 'Answers' }).getByRole('button');
  await answers.first().tap();
  await page.getByText(/^(Right! \+\d+ points\.|Not this time\.)$/).waitFor();

  await setNetwork(browser.context, server, false);
  const response = await page.reload();
  expect(response?.fromServiceWorker()).toBe(true);
  await page.getByRole('button', { name: 'Next question' }).or(page.getByText('Question 2 of 3')).first().waitFor();
  if (await page.getByRole('button', { name: 'Next question' }).isVisible())
    await page.getByRole('button', { name: 'Next question' }).tap();
  await page.getByText('Question 2 of 3').waitFor();
  await answers.first().tap();
  await page.getByText('Saved on this phone: you will see if it was right once it is sent.').waitFor();
  await page.getByText(/Offline: 1 answer waits on this phone/).waitFor();
  await page.getByRole('button', { name: 'Next question' }).tap();
  await page.getByText('Question 3 of 3').waitFor();
  await answers.first().tap();
  await page.getByText(/Offline: 2 answers wait on this phone/).waitFor();

  // Reloaded again offline: the queue is still on the phone.
  await page.reload();
  await page.getByText(/Offline: 2 answers wait on this phone/).waitFor();

  await setNetwork(browser.context, server, true);
  await page
    .getByRole('button', { name: 'See your results' })
    .or(page.getByRole('heading', { name: 'Challenge complete' }))
    .first()
    .waitFor();
  if (await page.getByRole('button', { name: 'See your results' }).isVisible())
    await page.getByRole('button', { name: 'See your results' }).tap();
  await page.getByRole('heading', { name: 'Challenge complete' }).waitFor({ timeout: 20_000 });
  await page.getByText(/^\d of 3 right · \d+ points$/).waitFor();
  expect(await page.getByText('… not sent yet').count()).toBe(0);

  // The server has all three answers: the host's report says so.
  const report = await request(server.url, 'GET', `/api/games/${challenge.gameId}/report`, undefined, {
    authorization: `Bearer ${challenge.hostToken}`,
  });
  expect(JSON.parse(report.body)).toMatchObject({ players: [{ nickname: 'Bo', answered: 3 }] });
});
