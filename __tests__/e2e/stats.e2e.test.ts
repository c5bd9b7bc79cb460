/** @jest-environment node */
// The statistics screen in a real browser, on a phone, with 10,000 synthetic reviews in the store:
// reached offline by tapping the Stats tab, its figures match the log counted independently here,
// it is computed in a worker, it shows answers made since the last visit (here or in another tab),
// and it passes axe in light and dark and fits a 320 px screen.
import type { Page } from 'playwright-core';

import { WORKER_FILES } from '@/lib/pwa/worker-files';
import { studyDayKey } from '@/lib/srs/study-day';

import { simulateLearner } from '../../bench/browser/synthetic-learner';
import { launchPersistent, middayZone, PHONE, type PersistentContext } from './helpers/browser';
import { countRows, seedLearner } from './helpers/idb';
import { axeUnderCsp, setNetwork, startCountingServer, waitForController, waitForHydration, type CountingServer } from './pwa-helpers';

const REVIEWS = 10_000;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DECK = 'synthetic';

let server: CountingServer;
let browser: PersistentContext;
let page: Page;
let now: number;
let zone: string;
let expectedByMonth: Map<string, number>;

beforeAll(async () => {
  server = await startCountingServer();
  browser = await launchPersistent({ ...PHONE, timezoneId: middayZone() });
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(`${server.url}/`);
  await waitForHydration(page);
  await waitForController(page);
  await page.locator('.count-new').first().waitFor({ timeout: 30_000 });
  zone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  now = Date.now();
  const learned = simulateLearner({ deckId: DECK, prefix: 'synthetic-', reviews: REVIEWS, now, seed: 11, timeZone: zone });
  await seedLearner(page, learned, { id: DECK, title: 'Synthetic learner', summary: 'For the statistics test.' });
  expect(await countRows(page, 'reviewLogs')).toBe(REVIEWS);
  // Counted here, one review at a time, with the scheduler's own study day (4 AM in the device's zone).
  expectedByMonth = new Map();
  const yearAgo = studyDayKey(now - 364 * 86_400_000, { dayStartHour: 4, timeZone: zone });
  for (const log of learned.logs) {
    const key = studyDayKey(log.reviewedAt, { dayStartHour: 4, timeZone: zone });
    if (key < yearAgo) continue;
    expectedByMonth.set(key.slice(0, 7), (expectedByMonth.get(key.slice(0, 7)) ?? 0) + 1);
  }
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openStatsByTab(target: Page): Promise<void> {
  await target.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Stats', exact: true }).tap();
  await target.getByRole('heading', { level: 1, name: 'Statistics' }).waitFor();
  await target.getByText(/^From [\d,]+ reviews and [\d,]+ cards, in [\d.]+ s\.$/).waitFor({ timeout: 30_000 });
}

it('has its worker loaded while the app is idle, before Stats is tapped', async () => {
  await page.goto(`${server.url}/`);
  await waitForHydration(page);
  const statsWorker = () => page.workers().some((w) => new URL(w.url()).pathname === WORKER_FILES.stats);
  for (let i = 0; i < 100 && !statsWorker(); i++) await page.waitForTimeout(100);
  expect(statsWorker()).toBe(true);
  expect(await page.getByRole('heading', { level: 1, name: 'Statistics' }).count()).toBe(0);
  await openStatsByTab(page);
  expect(await page.getByText(/^From [\d,]+ reviews/).textContent()).toMatch(/^From 10,000 reviews/);
});

it('opens offline from the tab bar and shows figures that match the log', async () => {
  await setNetwork(browser.context, server, false);
  try {
    await page.goto(`${server.url}/`);
    await waitForHydration(page);
    server.requests.length = 0;
    await openStatsByTab(page);
    expect(server.requests.filter((r) => r !== 'GET /sw.js')).toEqual([]);
    const status = (await page.getByText(/^From [\d,]+ reviews/).textContent())!;
    expect(status).toMatch(/^From 10,000 reviews and [\d,]+ cards/);
    expect(page.workers().map((w) => new URL(w.url()).pathname)).toContain(WORKER_FILES.stats);

    const reviews = page.getByRole('region', { name: 'Reviews' });
    expect(await reviews.getByRole('img').getAttribute('aria-label')).toMatch(
      /^Reviews per study day over the past year: [\d,]+ reviews on \d+ days/,
    );
    await reviews.getByText('Reviews by month (table)').tap();
    const table = await reviews
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th')!.textContent!, tr.querySelectorAll('td')[0]!.textContent!] as const));
    const monthKey = (label: string) => {
      const [name, year] = label.split(' ');
      return `${year}-${String(MONTHS.indexOf(name) + 1).padStart(2, '0')}`;
    };
    const byMonth = new Map(table.filter(([, n]) => n !== '0').map(([label, n]) => [monthKey(label), Number(n.replace(/,/g, ''))]));
    expect(byMonth).toEqual(expectedByMonth);

    for (const name of ['Due', 'True retention', 'Predicted and actual recall', 'Cards', 'Time studied', 'Answer buttons']) {
      await page.getByRole('region', { name }).waitFor();
    }
    const retention = page.getByRole('region', { name: 'True retention' });
    expect(await retention.getByRole('rowheader').allTextContents()).toEqual([
      'Today',
      'Yesterday',
      'Last week',
      'Last month',
      'Last year',
      'All time',
    ]);
  } finally {
    await setNetwork(browser.context, server, true);
  }
});

it('recomputes for one deck', async () => {
  await page.getByRole('combobox', { name: 'Deck' }).selectOption(DECK);
  await page.getByText(/^From 10,000 reviews and [\d,]+ cards/).waitFor();
  await page.getByRole('combobox', { name: 'Deck' }).selectOption('runc');
  await page.getByText(/^From 0 reviews and \d+ cards/).waitFor();
  await page.getByText('Nothing to compare yet', { exact: false }).waitFor();
});

it.each(['light', 'dark'] as const)('passes axe in %s mode with its figures shown', async (scheme) => {
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(`${server.url}/stats`);
  await page.getByText(/^From 10,000 reviews/).waitFor({ timeout: 30_000 });
  await page.getByText('Due by day (table)').tap();
  expect(await axeUnderCsp(page)).toEqual([]);
});

it('fits a 320 px screen, six tabs included', async () => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(`${server.url}/stats`);
  await page.getByText(/^From 10,000 reviews/).waitFor({ timeout: 30_000 });
  // A phone widens its layout viewport (innerWidth) to fit wide content: compare with the screen's 320.
  expect(await page.evaluate(() => [window.innerWidth, document.documentElement.scrollWidth])).toEqual([320, 320]);
  const clipped = await page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('nav[aria-label="Main"] a'))
      .filter((a) => a.scrollWidth > a.clientWidth)
      .map((a) => a.textContent),
  );
  expect(clipped).toEqual([]);
});

/** An answer by the app's own buttons: Show answer, Good, and the next card (or the end) shown. */
async function answerGood(target: Page): Promise<void> {
  await target.getByRole('button', { name: 'Show answer' }).tap();
  await target.getByRole('button', { name: 'Good' }).tap();
  await target.getByRole('button', { name: 'Show answer' }).waitFor();
}

const tab = (target: Page, name: string) => target.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).tap();

// Last: it adds two answers to the 10,000 the tests above count.
it('shows a review made since the last visit when Stats is opened again, in this tab or another', async () => {
  await page.setViewportSize(PHONE.viewport!);
  await page.goto(`${server.url}/`);
  await waitForHydration(page);
  await openStatsByTab(page);
  const status = page.getByText(/^From [\d,]+ reviews/);
  expect(await status.textContent()).toMatch(/^From 10,000 reviews/);

  // Nothing written: the same figures (the worker answers from the input it kept).
  await tab(page, 'Today');
  await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
  await openStatsByTab(page);
  expect(await status.textContent()).toMatch(/^From 10,000 reviews/);

  // One answer on the study screen, then Stats from its tab bar at once.
  await tab(page, 'Today');
  await page.getByRole('link', { name: 'Study all' }).tap();
  await answerGood(page);
  await openStatsByTab(page);
  expect(await status.textContent()).toMatch(/^From 10,001 reviews/);

  // One answer in another tab: this one hears of it and reads again.
  const other = await browser.context.newPage();
  try {
    await other.goto(`${server.url}/study?all=1`);
    await answerGood(other);
    // The answer is written once the next card shows; closing the tab before its commit would lose it.
    for (let i = 0; i < 50 && (await countRows(other, 'reviewLogs')) < REVIEWS + 2; i++) await other.waitForTimeout(100);
    expect(await countRows(other, 'reviewLogs')).toBe(REVIEWS + 2);
  } finally {
    await other.close();
  }
  await page.bringToFront();
  await tab(page, 'Today');
  await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
  await openStatsByTab(page);
  expect(await status.textContent()).toMatch(/^From 10,002 reviews/);
});
