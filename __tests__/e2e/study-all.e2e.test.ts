/** @jest-environment node */
// Study all and custom study in a real browser at a phone viewport with touch: Today's one number,
// Study all in one tap, the counts after answering; a preview of a Browse search leaves every card's
// schedule and the review log as they were; a deck's Custom study adds new cards, and the study
// screen buries, suspends and shows a card's details without losing the place.
import type { Page } from 'playwright-core';

import { launchPersistent, PHONE, type PersistentContext } from './helpers/browser';
import { readRows, waitForCount } from './helpers/idb';
import { startServer, type RunningServer } from './helpers/server';

let server: RunningServer;
let browser: PersistentContext;
let page: Page;
/** Console errors: a live query that fails logs one and leaves its numbers at "Counting…". */
const consoleErrors: string[] = [];

beforeAll(async () => {
  server = await startServer();
  browser = await launchPersistent(PHONE);
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
});

afterEach(() => {
  expect(consoleErrors).toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const headline = (p: Page) => p.getByText(/cards? to study today\.$/);
const tab = (p: Page, name: string) => p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name });

describe('Study all at 390 px with touch', () => {
  it('Today offers the overall limit in one number, not 20 new cards for every deck', async () => {
    await page.goto(`${server.url}/`);
    await headline(page).waitFor({ timeout: 30_000 });
    // Eighteen decks of new cards, each offering 20 on its own row; Study all offers the overall 20.
    expect(await headline(page).innerText()).toBe('20 cards to study today.');
  });

  it('starts Study all in one tap, answers, and the counts follow', async () => {
    await page.getByRole('link', { name: 'Study all' }).tap();
    await page.waitForURL(/\/study\?all=1/);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('All decks');
    await page.getByText('20 cards left today').waitFor();
    for (let i = 0; i < 3; i++) {
      await page.getByRole('button', { name: 'Show answer' }).tap();
      await page.getByRole('button', { name: 'Easy' }).tap();
      await page.getByText(`${i + 1} answer${i === 0 ? '' : 's'}`, { exact: false }).waitFor();
    }
    await page.getByText('17 cards left today').waitFor();
    await waitForCount(page, 'reviewLogs', 3);
    // The first three cards came from the first deck in deck order.
    const logs = await readRows<{ deckId: string }>(page, 'reviewLogs');
    expect(new Set(logs.map((l) => l.deckId)).size).toBe(1);

    await tab(page, 'Today').tap();
    await page.getByText('17 cards to study today.').waitFor();
  });

  it('previews a Browse search without touching any schedule', async () => {
    const statesBefore = await readRows(page, 'cardStates');
    const logsBefore = await readRows(page, 'reviewLogs');
    await tab(page, 'Browse').tap();
    await page.getByLabel('Search cards').fill('shim');
    const preview = page.getByRole('link', { name: /^Preview these \d+ cards/ });
    await preview.waitFor();
    await preview.tap();
    await page.waitForURL(/custom=preview/);
    await page.getByText(/your answers change no card’s schedule/).waitFor();
    for (const rating of ['Again', 'Easy', 'Good']) {
      await page.getByRole('button', { name: 'Show answer' }).tap();
      await page.getByRole('button', { name: rating }).tap();
      await page.getByRole('button', { name: 'Undo' }).and(page.locator(':enabled')).waitFor();
    }
    expect(await readRows(page, 'cardStates')).toEqual(statesBefore);
    expect(await readRows(page, 'reviewLogs')).toEqual(logsBefore);
  });

  it('adds new cards to a deck from its Custom study, then buries, suspends and shows details by touch', async () => {
    await tab(page, 'Decks').tap();
    await page.getByRole('link', { name: 'Custom study Architecture' }).tap();
    await page.getByRole('heading', { name: 'Custom study: Architecture' }).waitFor();
    await page.getByLabel('New cards to add to today’s limit').fill('5');
    await page.getByRole('button', { name: 'Start custom study' }).tap();
    await page.waitForURL(/\/study\?deck=architecture$/);
    // The deck's own 20 new cards a day, and the 5 just added.
    await page.getByText('25 cards left today').waitFor();

    const prompt = page.locator('main .card').first();
    const first = await prompt.innerText();
    const firstText = await prompt.textContent();
    await page.getByRole('button', { name: 'Bury until tomorrow' }).tap();
    // The buried card leaves the session; the deck's next new card takes its place under the limit.
    await page.waitForFunction((text) => document.querySelector('main .card')?.textContent !== text, firstText);
    await page.getByText('25 cards left today').waitFor();
    const buried = await readRows<{ cardId: string; queue: number }>(page, 'cardStates');
    expect(buried.filter((r) => r.queue === -2)).toHaveLength(1);

    await page.getByRole('button', { name: 'Undo' }).tap();
    // The count did not change with the bury, so wait for the card itself to come back.
    await page.waitForFunction((text) => document.querySelector('main .card')?.textContent === text, firstText);
    await page.getByText('25 cards left today').waitFor();
    expect(await prompt.innerText()).toBe(first);

    await page.getByRole('button', { name: 'Card details' }).tap();
    const dialog = page.getByRole('dialog', { name: 'Card details' });
    await dialog.waitFor();
    await dialog.getByText(/in Architecture$/).waitFor();
    await dialog.getByRole('button', { name: 'Close' }).tap();
    await dialog.waitFor({ state: 'detached' });
    expect(await prompt.innerText()).toBe(first);

    await page.getByRole('button', { name: 'Suspend' }).tap();
    await page.waitForFunction((text) => document.querySelector('main .card')?.textContent !== text, await prompt.textContent());
    await tab(page, 'Decks').tap();
    const deck = page.getByRole('listitem', { name: 'Architecture' });
    await deck.getByText('1 suspended').waitFor();
  });
});
