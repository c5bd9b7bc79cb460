/** @jest-environment node */
// Decks and Browse in a real browser at a phone viewport: search, open a card, suspend it, see it
// counted on Decks; reset with confirmation; axe in light and dark.
import type { Page } from 'playwright-core';

import { axeViolations } from './helpers/axe';
import { launchPersistent, PHONE, type PersistentContext } from './helpers/browser';
import { readRows } from './helpers/idb';
import { startServer, type RunningServer } from './helpers/server';
import { bundledDecks } from './pwa-helpers';

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
  const runc = page.getByRole('listitem', { name: "runc's role" });
  await runc.getByText(/^\d+ new$/).waitFor();
  // One heading per bundled deck, then "My decks" (empty on a fresh profile: nothing imported).
  const headings = await page.getByRole('heading', { level: 2 }).allInnerTexts();
  expect(headings).toEqual([...bundledDecks().map((d) => d.title), 'My decks']);
  await runc.getByText(/Upstream sources/).click();
  expect(await runc.getByRole('link', { name: 'containerd/containerd/docs/RUNC.md' }).getAttribute('href')).toBe(
    'https://github.com/containerd/containerd/blob/main/docs/RUNC.md',
  );
  expect(await runc.getByRole('link', { name: "Browse runc's role" }).getAttribute('href')).toBe('/browse?deck=runc');
});

it('searches "runc", opens a card, suspends it, and Decks counts it suspended', async () => {
  await page.goto(`${server.url}/browse`);
  const status = page.getByRole('status').filter({ hasText: /cards\.$/ });
  const everything = (await status.textContent())!;
  await page.getByRole('searchbox', { name: 'Search cards' }).fill('runc');
  await page.waitForFunction((before) => document.querySelector('main p[role=status]')?.textContent !== before, everything);
  const cards = page.getByRole('list', { name: 'Cards' }).getByRole('link');
  const first = cards.first();
  const cardId = (await first.getAttribute('data-card'))!;
  await first.click();
  await page.getByRole('heading', { name: `Card ${cardId}` }).waitFor();
  expect(page.url()).toBe(`${server.url}/browse?card=${cardId}`);
  const detail = page.getByRole('region', { name: `Card ${cardId}` });
  expect(await detail.getByRole('link', { name: /\// }).first().getAttribute('href')).toMatch(/^https:\/\//);

  await detail.getByRole('button', { name: 'Suspend' }).click();
  await detail.getByRole('button', { name: 'Unsuspend' }).waitFor();
  const suspended = (await readRows<{ cardId: string; suspended: number }>(page, 'cardStates')).filter((s) => s.suspended === 1);
  expect(suspended.map((s) => s.cardId)).toEqual([cardId]);

  await page.getByRole('button', { name: /Back to cards/ }).click();
  await page.getByRole('searchbox', { name: 'Search cards' }).waitFor();
  expect(await page.getByRole('searchbox', { name: 'Search cards' }).inputValue()).toBe('runc');
  await page.getByRole('combobox', { name: 'State' }).selectOption('suspended');
  await page.getByRole('status').filter({ hasText: '1 card.' }).waitFor();

  const [state] = (await readRows<{ cardId: string; deckId: string }>(page, 'cardStates')).filter((s) => s.cardId === cardId);
  const deck = (await readRows<{ id: string; title: string }>(page, 'decks')).find((d) => d.id === state.deckId)!;
  await page.goto(`${server.url}/decks`);
  await page.getByRole('listitem', { name: deck.title }).getByText('1 suspended').waitFor();
});

it('resets a card only after confirmation, keeping its history', async () => {
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
  await page
    .getByText(/^\d+ new$/)
    .first()
    .waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await page.goto(`${server.url}/browse`);
  await page.getByRole('list', { name: 'Cards' }).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await page.goto(`${server.url}/browse?card=runc-shim-binary-name`);
  await page.getByRole('heading', { name: /^Card / }).waitFor();
  await page.getByRole('button', { name: 'Suspend' }).waitFor();
  expect(await axeViolations(page)).toEqual([]);
});
