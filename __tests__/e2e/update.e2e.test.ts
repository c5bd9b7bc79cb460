/** @jest-environment node */
// Updates in a real browser: version 1 is served and studied; version 2 of the export appears on the
// same origin; the page offers it without reloading by itself, and "Reload" brings version 2 in
// control with IndexedDB untouched.
import '../server/support/esm-shims';

import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { Page } from 'playwright-core';

import { buildServiceWorker } from '@/scripts/build-sw';

import { launchPersistent, type PersistentContext } from './helpers/browser';
import { readRows, waitForCount } from './helpers/idb';
import { OUT_DIR } from './helpers/server';
import {
  axeUnderCsp,
  fetchThroughWorker,
  firstDeckId,
  startCountingServer,
  waitForController,
  watchProblems,
  type CountingServer,
} from './pwa-helpers';

const V2_MARK = '<!-- build v2 -->';

let outDir: string;
let server: CountingServer;
let browser: PersistentContext;
let page: Page;

async function shipVersion2(): Promise<void> {
  // Any changed file changes its precache revision, and so the bytes of sw.js.
  appendFileSync(path.join(outDir, 'offline.html'), V2_MARK);
  await buildServiceWorker(outDir);
}

const prompt = () => page.getByRole('status').getByText('A new version is ready');
const reloadButton = () => page.getByRole('status').getByRole('button', { name: 'Reload' });

beforeAll(async () => {
  outDir = mkdtempSync(path.join(os.tmpdir(), 'ctrd-update-'));
  cpSync(OUT_DIR, outDir, { recursive: true });
  server = await startCountingServer(outDir);
  browser = await launchPersistent();
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(outDir, { recursive: true, force: true });
});

describe('update to a new version', () => {
  it('runs version 1 and keeps an answer in IndexedDB', async () => {
    await page.goto(`${server.url}/study?deck=${firstDeckId(outDir)}`);
    await waitForController(page);
    await page.getByRole('button', { name: 'Show answer' }).click();
    await page.getByRole('button', { name: 'Good' }).click();
    await waitForCount(page, 'reviewLogs', 1);
    expect(await fetchThroughWorker(page, '/offline.html')).not.toContain(V2_MARK);
  });

  it('offers version 2 with a polite prompt and never reloads by itself', async () => {
    const problems = await watchProblems(page);
    await shipVersion2();
    // The browser looks for a new sw.js on navigation.
    await page.reload();
    await prompt().waitFor();
    await page.evaluate(() => Object.assign(window, { __stillHere: true }));
    await page.waitForTimeout(2000);
    expect(await page.evaluate(() => (window as { __stillHere?: boolean }).__stillHere)).toBe(true);
    await prompt().waitFor();
    // Version 1 still answers until the user chooses.
    expect(await fetchThroughWorker(page, '/offline.html')).not.toContain(V2_MARK);
    await page.getByRole('button', { name: 'Show answer' }).waitFor();
    expect(problems).toEqual({ errors: [], cspViolations: [] });
  });

  it.each(['light', 'dark'] as const)('shows an accessible prompt (%s)', async (scheme) => {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await reloadButton().waitFor();
    expect(await axeUnderCsp(page)).toEqual([]);
  });

  it('brings version 2 in control on "Reload", with IndexedDB intact', async () => {
    const logsBefore = await readRows(page, 'reviewLogs');
    const decksBefore = await readRows(page, 'decks');
    const reloaded = page.waitForEvent('load');
    await reloadButton().click();
    await reloaded;
    await waitForController(page);

    expect(await fetchThroughWorker(page, '/offline.html')).toContain(V2_MARK);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
    await page.getByRole('button', { name: 'Show answer' }).waitFor();
    expect(await prompt().count()).toBe(0);
    expect(await readRows(page, 'reviewLogs')).toEqual(logsBefore);
    expect(await readRows(page, 'decks')).toEqual(decksBefore);
  });
});
