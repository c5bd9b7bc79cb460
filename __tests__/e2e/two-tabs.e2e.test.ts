/** @jest-environment node */
// Two tabs on the same deck: an answer in one updates the other's counts, and the other tab
// never answers the same card a second time.
import { launchPersistent, middayZone, PHONE, type PersistentContext } from './helpers/browser';
import { countRows, readRows, waitForCount } from './helpers/idb';
import { startServer, type RunningServer } from './helpers/server';

let server: RunningServer;
let browser: PersistentContext;

beforeAll(async () => {
  server = await startServer();
  browser = await launchPersistent({ ...PHONE, serviceWorkers: 'block', timezoneId: middayZone() });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('moves a stale tab on and records one answer per card', async () => {
  const a = browser.context.pages()[0] ?? (await browser.context.newPage());
  await a.goto(`${server.url}/study?deck=cri`);
  await a.getByRole('button', { name: 'Show answer' }).waitFor();
  const b = await browser.context.newPage();
  await b.goto(`${server.url}/study?deck=cri`);
  await b.getByRole('button', { name: 'Show answer' }).click();
  await b.getByRole('button', { name: 'Good' }).waitFor();
  const promptB = await b.getByRole('article', { name: 'Card' }).innerText();

  await a.getByRole('button', { name: 'Show answer' }).click();
  await a.getByRole('button', { name: 'Good' }).click();
  await waitForCount(a, 'reviewLogs', 1);

  // Tab B showed the same card with its answer revealed: it must move on, not record it again.
  await b.getByText('That card was answered in another tab; here is the next one.').waitFor();
  expect(await b.getByRole('article', { name: 'Card' }).innerText()).not.toBe(promptB);
  await b.locator('.count-learn', { hasText: /^1 / }).waitFor();

  await b.getByRole('button', { name: 'Show answer' }).click();
  await b.getByRole('button', { name: 'Good' }).click();
  await waitForCount(b, 'reviewLogs', 2);
  const logs = await readRows<{ cardId: string }>(b, 'reviewLogs');
  expect(new Set(logs.map((l) => l.cardId)).size).toBe(2);
  expect(await countRows(a, 'reviewLogs')).toBe(2);
});
