/** @jest-environment node */
// Offline-first, proven in Chromium: after one online visit the server may as well not exist.
// Every route cold-starts from the service worker, client-side navigation works, answers given
// offline survive a reload and the return of the network, and unknown pages get the offline page.
import '../server/support/esm-shims';

import { readFileSync } from 'node:fs';

import type { Page } from 'playwright-core';

import { decodeBackup } from '@/lib/db/backup-file';

import { launchPersistent, type PersistentContext } from './helpers/browser';
import { countRows, readRows, waitForCount } from './helpers/idb';
import {
  bundledDecks,
  exportedRoutes,
  firstDeckId,
  setNetwork,
  startCountingServer,
  waitForController,
  waitForHydration,
  watchProblems,
  type CountingServer,
  type PageProblems,
} from './pwa-helpers';

let server: CountingServer;
let browser: PersistentContext;

const ROUTES = exportedRoutes();

async function offlinePage(path: string): Promise<{ page: Page; problems: PageProblems }> {
  const page = await browser.context.newPage();
  const problems = await watchProblems(page);
  const response = await page.goto(`${server.url}${path}`);
  expect(response?.status()).toBe(200);
  expect(response?.fromServiceWorker()).toBe(true);
  // The cached page keeps the server's headers, so the strict CSP holds offline too.
  expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self' 'sha256-/);
  return { page, problems };
}

beforeAll(async () => {
  server = await startCountingServer();
  browser = await launchPersistent();
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(`${server.url}/`);
  await waitForController(page);
  // The decks land in IndexedDB on the first online visit.
  await page
    .getByRole('link', { name: /^Study/ })
    .first()
    .waitFor();
  await page.close();
  await setNetwork(browser.context, server, false);
  server.requests.length = 0;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

afterEach(() => {
  // Only the browser's own check for a new sw.js may try the (dead) network; the app asks for nothing.
  const seen = server.requests.splice(0).filter((r) => r !== 'GET /sw.js');
  if (seen.length) throw new Error(`the app tried the network while offline: ${seen.join(', ')}`);
});

describe('offline after one visit', () => {
  it('exports the screens this test expects', () => {
    expect(ROUTES).toEqual(expect.arrayContaining(['/', '/offline', '/settings', '/study']));
  });

  it.each(ROUTES)('cold-starts %s from the service worker, hydrated, with no CSP violation', async (route) => {
    const { page, problems } = await offlinePage(route);
    await waitForHydration(page);
    expect(problems).toEqual({ errors: [], cspViolations: [] });
    await page.close();
  });

  it('"Study now" (/study with no deck) opens the first deck with cards to study', async () => {
    const { page, problems } = await offlinePage('/study');
    await page.getByRole('button', { name: 'Show answer' }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(bundledDecks()[0]!.title);
    expect(problems.errors).toEqual([]);
    await page.close();
  });

  it('opens a study deck with its query string', async () => {
    const deck = firstDeckId();
    const { page, problems } = await offlinePage(`/study?deck=${deck}`);
    await page.getByRole('button', { name: 'Show answer' }).waitFor();
    expect(problems.errors).toEqual([]);
    await page.close();
  });

  it('navigates between screens on the client', async () => {
    const { page, problems } = await offlinePage('/');
    await page
      .getByRole('link', { name: /^Study/ })
      .first()
      .waitFor();
    const documents: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'document') documents.push(request.url());
    });
    await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
    const tabs = page.getByRole('navigation', { name: 'Main' });

    await tabs.getByRole('link', { name: 'Settings' }).click();
    await page.waitForURL(/\/settings$/);
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();

    await tabs.getByRole('link', { name: 'Today' }).click();
    await page.waitForURL(`${server.url}/`);
    await page.getByRole('link', { name: 'Study all' }).click();
    await page.waitForURL(/\/study\?all=1/);
    await page.getByRole('button', { name: 'Show answer' }).waitFor();

    expect(documents).toEqual([]);
    expect(await page.evaluate(() => (window as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    expect(problems).toEqual({ errors: [], cspViolations: [] });
    await page.close();
  });

  it('downloads a backup with the network off (its code comes from the precache)', async () => {
    const { page, problems } = await offlinePage('/settings');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download a backup' }).click();
    const file = await download;
    await page
      .getByRole('status')
      .filter({ hasText: /^Backup downloaded: / })
      .waitFor();
    const decoded = decodeBackup(new Uint8Array(readFileSync((await file.path())!)));
    if ('error' in decoded) throw new Error(decoded.error);
    expect(decoded.backup.cardStates).toHaveLength(await countRows(page, 'cardStates'));
    expect(problems).toEqual({ errors: [], cspViolations: [] });
    await page.close();
  });

  it('answers an unknown URL with the offline page', async () => {
    const { page, problems } = await offlinePage('/no/such/page');
    await page.getByRole('heading', { level: 1, name: 'You are offline' }).waitFor();
    await page.getByRole('link', { name: 'Back to today' }).click();
    await page
      .getByRole('link', { name: /^Study/ })
      .first()
      .waitFor();
    expect(problems).toEqual({ errors: [], cspViolations: [] });
    await page.close();
  });
});

interface LogRow {
  id: number;
  cardId: string;
}

async function logSnapshot(page: Page): Promise<{ ids: number[]; cards: string[] }> {
  const rows = await readRows<LogRow>(page, 'reviewLogs');
  return { ids: rows.map((r) => r.id).sort(), cards: [...new Set(rows.map((r) => r.cardId))].sort() };
}

describe('studying offline', () => {
  it('keeps three answers through an offline reload and the return of the network', async () => {
    const deck = firstDeckId();
    const { page, problems } = await offlinePage(`/study?deck=${deck}`);
    const before = await countRows(page, 'reviewLogs');
    for (let i = 0; i < 3; i++) {
      await page.getByRole('button', { name: 'Show answer' }).click();
      await page.getByRole('button', { name: 'Good' }).click();
      await waitForCount(page, 'reviewLogs', before + i + 1);
    }
    const studied = await logSnapshot(page);
    expect(studied.cards).toHaveLength(before + 3);

    await page.reload();
    await page.getByRole('button', { name: 'Show answer' }).waitFor();
    expect(await logSnapshot(page)).toEqual(studied);

    await setNetwork(browser.context, server, true);
    await page.reload();
    await page.getByRole('button', { name: 'Show answer' }).waitFor();
    // Let the first-run deck sync that runs on every start finish before reading.
    await page.waitForLoadState('networkidle');
    expect(await logSnapshot(page)).toEqual(studied);
    const answered = (await readRows<{ cardId: string; deckId: string; rev?: number }>(page, 'cardStates')).filter((s) =>
      studied.cards.includes(s.cardId),
    );
    expect(answered).toHaveLength(studied.cards.length);
    expect(problems).toEqual({ errors: [], cspViolations: [] });
    server.requests.length = 0;
    await page.close();
  });
});
