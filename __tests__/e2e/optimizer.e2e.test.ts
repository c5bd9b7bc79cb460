/** @jest-environment node */
// The FSRS optimizer in a real browser, on a phone with touch, under the project's server and its real
// headers: 450 synthetic reviews in the store, Settings reached by the tab bar, "Optimize now" tapped
// offline (the worker and its WebAssembly come from the service worker's cache), progress then both
// figures shown, the personal parameters adopted, reverted to the defaults and back. The guard fixture
// fails the test on any CSP violation or page error; the worker alone is allowed WebAssembly.
import type { Page } from 'playwright-core';

import { WASM_WORKER_CSP } from '@/lib/http/security-headers';
import { WORKER_FILES } from '@/lib/pwa/worker-files';

import { simulateLearner } from '../../bench/browser/synthetic-learner';
import { launchPersistent, PHONE, type PersistentContext } from './helpers/browser';
import { readRows, seedLearner } from './helpers/idb';
import { setNetwork, startCountingServer, waitForController, waitForHydration, type CountingServer } from './pwa-helpers';

// Fewer than the 500 that start a background run, so the run here is the one tapped. The learner (seed
// 6, a fixed clock) is one whose personal parameters beat the defaults on the hold-out.
const REVIEWS = 450;

let server: CountingServer;
let browser: PersistentContext;
let page: Page;

beforeAll(async () => {
  server = await startCountingServer();
  browser = await launchPersistent(PHONE);
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(`${server.url}/`);
  await waitForHydration(page);
  await waitForController(page);
  await page.locator('.count-new').first().waitFor({ timeout: 30_000 });
  const zone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  const learned = simulateLearner({
    deckId: 'synthetic',
    prefix: 'synthetic-',
    reviews: REVIEWS,
    now: Date.UTC(2026, 10, 1),
    seed: 6,
    timeZone: zone,
  });
  await seedLearner(page, learned, { id: 'synthetic', title: 'Synthetic learner', summary: 'For the optimizer test.' });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const tab = (name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).tap();
const inUse = (origin: string) => page.getByText(`In use: ${origin}.`, { exact: true });

it('serves the worker with its own CSP, which alone allows WebAssembly', async () => {
  const worker = await page.request.get(`${server.url}${WORKER_FILES.optimizer}`);
  expect(worker.headers()['content-security-policy']).toBe(WASM_WORKER_CSP);
  for (const url of ['/', '/settings']) {
    const res = await page.request.get(`${server.url}${url}`);
    expect(res.headers()['content-security-policy']).toMatch(/script-src 'self'/);
    expect(res.headers()['content-security-policy']).not.toMatch(/wasm-unsafe-eval|'unsafe-eval'/);
  }
});

it('optimizes offline from Settings, shows both figures, adopts, and reverts', async () => {
  await setNetwork(browser.context, server, false);
  try {
    await page.goto(`${server.url}/`);
    await waitForHydration(page);
    await page.locator('.count-new').first().waitFor({ timeout: 30_000 });
    await tab('Settings');
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await page.getByRole('group', { name: 'FSRS parameters' }).scrollIntoViewIfNeeded();
    await inUse('FSRS-6 defaults').waitFor();
    await page.getByText(/^Not run yet/).waitFor();
    server.requests.length = 0;

    await page.getByRole('button', { name: 'Optimize now', disabled: false }).tap();
    await page.getByRole('progressbar', { name: 'Optimizer progress' }).waitFor();
    const verdict = page.getByRole('status').filter({ hasText: /^(Adopted|Kept|Not enough|The optimizer)/ });
    await verdict.waitFor({ timeout: 120_000 });
    expect(await verdict.textContent()).toMatch(/^Adopted: /);
    expect(server.requests.filter((r) => r !== 'GET /sw.js')).toEqual([]);

    const table = page.getByRole('table');
    const figures = async (row: string) =>
      (
        await table
          .getByRole('row', { name: new RegExp(`^${row} `) })
          .getByRole('cell')
          .allTextContents()
      ).map(Number);
    const [defaultLoss, defaultRmse] = await figures('Defaults');
    const [personalLoss, personalRmse] = await figures('Personal');
    expect(personalLoss).toBeLessThan(defaultLoss);
    expect(personalRmse).toBeLessThanOrEqual(defaultRmse);
    expect(await table.locator('caption').textContent()).toMatch(/^Trained on \d+ earlier reviews, judged on the latest \d+/);
    await inUse('personal, fitted to your reviews on this device').waitFor();
    await page.getByText(/^Last run /).waitFor();
    const weights = page.getByLabel('FSRS weights');
    expect((await weights.inputValue()).split(', ')).toHaveLength(21);

    await page.getByRole('button', { name: 'Revert to defaults' }).tap();
    await inUse('FSRS-6 defaults').waitFor();
    await page.getByRole('status').filter({ hasText: 'Now using the FSRS-6 defaults.' }).waitFor();
    expect(await weights.inputValue()).toBe('');
    await page.getByRole('button', { name: 'Revert to previous' }).tap();
    await inUse('personal, fitted to your reviews on this device').waitFor();
    const settings = await readRows<{ key: string; value: { srs?: { weights: number[] | null } } }>(page, 'settings');
    expect(settings.find((r) => r.key === 'prefs')?.value.srs?.weights).toHaveLength(21);
  } finally {
    await setNetwork(browser.context, server, true);
  }
}, 180_000);
