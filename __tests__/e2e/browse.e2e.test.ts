/** @jest-environment node */
// Decks and Browse in a real browser: search, open a card, suspend it, see it counted on Decks.
import type { Page } from 'playwright-core';

import { axeViolations } from './helpers/axe';
import { launchPersistent, PHONE, type PersistentContext } from './helpers/browser';
import { readRows } from './helpers/idb';
import { startServer, type RunningServer } from './helpers/server';

let server: RunningServer;
let browser: PersistentContext;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchPersistent({ ...PHONE, serviceWorkers: 'block' });
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('lists every deck with its progress and upstream sources', async () => {
  await page.goto(`${server.url}/decks`);
  const runc = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: "runc's role" }) });
  await runc.getByText(/\d+ new/).waitFor();
  expect(await page.getByRole('heading', { level: 2 }).count()).toBe(9);
  await runc.getByText(/Upstream sources/).click();
  expect(await runc.getByRole('link', { name: 'containerd/containerd/docs/RUNC.md' }).getAttribute('href')).toBe(
    'https://github.com/containerd/containerd/blob/main/docs/RUNC.md',
  );
});

it('searches, opens a card, suspends it, and Decks counts it suspended', async () => {
  await page.goto(`${server.url}/browse`);
  await page.getByRole('searchbox', { name: 'Search cards' }).fill('SystemdCgroup');
  await page.getByRole('status').filter({ hasText: /cards?\./ }).waitFor();
  const first = page.locator('.result').first();
  await first.waitFor();
  await first.click();
  await page.getByRole('heading', { name: /^Card / }).waitFor();
  expect(await page.getByRole('link', { name: /containerd\// }).first().getAttribute('href')).toMatch(/^https:\/\/github\.com\//);
  await page.getByRole('button', { name: 'Suspend' }).click();
  await page.getByRole('button', { name: 'Unsuspend' }).waitFor();
  const suspended = (await readRows<{ cardId: string; suspended: number }>(page, 'cardStates')).filter((s) => s.suspended === 1);
  expect(suspended).toHaveLength(1);

  await page.getByRole('combobox', { name: 'State' }).selectOption('suspended');
  await page.getByRole('searchbox', { name: 'Search cards' }).fill('');
  await page.getByRole('status').filter({ hasText: '1 card.' }).waitFor();

  await page.goto(`${server.url}/decks`);
  await page.getByText('1 suspended').waitFor();
});

it('resets a card only after confirmation', async () => {
  await page.goto(`${server.url}/study?deck=scope`);
  await page.getByRole('button', { name: 'Show answer' }).click();
  await page.getByRole('button', { name: 'Easy' }).click();
  await page.getByRole('button', { name: 'Show answer' }).waitFor();
  const [log] = await readRows<{ cardId: string }>(page, 'reviewLogs');
  await page.goto(`${server.url}/browse?card=${log.cardId}`);
  await page.getByRole('cell', { name: 'Easy' }).waitFor();
  await page.getByRole('button', { name: 'Reset to new' }).click();
  await page.getByRole('button', { name: 'Yes, reset to new' }).click();
  await page.getByText('Reset to new. Its history is kept.').waitFor();
  const state = (await readRows<{ cardId: string; sched: { phase: string } }>(page, 'cardStates')).find((s) => s.cardId === log.cardId)!;
  expect(state.sched.phase).toBe('new');
  expect(await page.getByRole('cell', { name: 'Easy' }).count()).toBe(1);
});

it.each(['light', 'dark'] as const)('has no axe violations on Decks and Browse (%s)', async (scheme) => {
  await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
  await page.goto(`${server.url}/decks`);
  await page.getByText(/\d+ new/).first().waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await page.goto(`${server.url}/browse?card=runc-shim-binary-name`);
  await page.getByRole('heading', { name: /^Card / }).waitFor();
  expect(await axeViolations(page)).toEqual([]);
});
