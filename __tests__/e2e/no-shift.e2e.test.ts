/** @jest-environment node */
// A first visit on a phone: Today and Decks paint before the store has counted, and the counts arrive
// about a second later, when a learner is already reaching for Study. Nothing may move when they do: a
// layout shift under the finger sends the tap to whatever took the button's place (the Study links moved
// down by up to 102 px before the counts kept their space).
import type { Page } from 'playwright-core';

import { launchPersistent, PHONE, type PersistentContext } from './helpers/browser';
import { startServer, type RunningServer } from './helpers/server';

let server: RunningServer;
let browser: PersistentContext;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchPersistent(PHONE);
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { __shifts: number[] }).__shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const shifts = (p: Page) => p.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts);

async function placeOf(p: Page, name: string): Promise<number> {
  return (await p.getByRole('link', { name, exact: true }).boundingBox())!.y;
}

it('keeps Today’s Study links where they are when the counts arrive on a first visit', async () => {
  await page.goto(`${server.url}/`);
  const before = await Promise.all([placeOf(page, 'Study all'), placeOf(page, 'Study Architecture')]);
  await page.locator('.count-new').first().waitFor();
  await page.getByText(/cards? to study today\./).waitFor();
  expect(await Promise.all([placeOf(page, 'Study all'), placeOf(page, 'Study Architecture')])).toEqual(before);
  expect(await shifts(page)).toEqual([]);
});

it('keeps the Decks screen still as its progress arrives, reached by the tab bar', async () => {
  await page.getByRole('link', { name: 'Decks', exact: true }).tap();
  await page.getByRole('heading', { name: 'Decks', exact: true, level: 1 }).waitFor();
  const before = await placeOf(page, 'Study Architecture');
  await page.getByRole('list', { name: 'Progress' }).first().waitFor();
  expect(await placeOf(page, 'Study Architecture')).toBe(before);
  // A reload paints the prerendered list first and the store's progress after, as a first visit does.
  await page.reload();
  await page.getByRole('list', { name: 'Progress' }).first().waitFor();
  expect(await shifts(page)).toEqual([]);
  await page.getByRole('link', { name: 'Study Architecture', exact: true }).tap();
  await page.waitForURL(/\/study\?deck=architecture/);
  await page.getByRole('button', { name: 'Show answer' }).waitFor();
});
