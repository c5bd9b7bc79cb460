/** @jest-environment node */
// Moves like a user: taps the tab bar and the app's own links through every screen, twice round, on a
// phone and on a laptop, online and then offline from the service worker. After every tap the screen
// must hold every style rule it has when loaded directly, scroll no wider than the window, and raise
// no CSP violation or page error (the shared guard fails the test on those).
import type { BrowserContextOptions, Page } from 'playwright-core';

import { DESKTOP, launchPersistent, PHONE, type PersistentContext } from './helpers/browser';
import { setNetwork, startCountingServer, waitForController, waitForHydration, type CountingServer } from './pwa-helpers';

interface Screen {
  path: string;
  heading: string | RegExp;
}

const TODAY: Screen = { path: '/', heading: 'Today' };
const DECKS: Screen = { path: '/decks', heading: 'Decks' };
const BROWSE: Screen = { path: '/browse', heading: 'Browse' };
const QUIZ: Screen = { path: '/quiz', heading: 'Team quiz' };
const STATS: Screen = { path: '/stats', heading: 'Statistics' };
const SETTINGS: Screen = { path: '/settings', heading: 'Settings' };
const STUDY: Screen = { path: '/study', heading: /./ };

/** A tap on a phone, a click on a laptop: the way that user moves. */
async function press(page: Page, touch: boolean, name: string, within?: string): Promise<void> {
  const scope = within ? page.locator(within) : page;
  const link = scope.getByRole('link', { name, exact: true }).first();
  if (touch) await link.tap();
  else await link.click();
}

/** Every CSS rule that applies to the document, as text. */
async function styleRules(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const rules = new Set<string>();
    for (const sheet of Array.from(document.styleSheets)) {
      for (const rule of Array.from(sheet.cssRules)) rules.add(rule.cssText);
    }
    return [...rules].sort();
  });
}

async function arrive(page: Page, screen: Screen): Promise<void> {
  await page.waitForURL((url) => url.pathname === screen.path, { waitUntil: 'commit' });
  await page.getByRole('heading', { level: 1, name: screen.heading }).first().waitFor();
  await waitForHydration(page);
}

async function expectLikeDirectLoad(page: Page, screen: Screen, baseline: Map<string, string[]>): Promise<void> {
  const rules = new Set(await styleRules(page));
  const missing = (baseline.get(screen.path) ?? []).filter((rule) => !rules.has(rule));
  expect({ screen: screen.path, missing: missing.slice(0, 3), count: missing.length }).toEqual({
    screen: screen.path,
    missing: [],
    count: 0,
  });
  // Against clientWidth: a phone widens innerWidth (its layout viewport) to fit content that is too wide.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect({ screen: screen.path, overflow: Math.max(0, overflow) }).toEqual({ screen: screen.path, overflow: 0 });
}

async function baselines(browser: PersistentContext, url: string, screens: Screen[]): Promise<Map<string, string[]>> {
  const page = await browser.context.newPage();
  const map = new Map<string, string[]>();
  for (const screen of screens) {
    const path = screen === STUDY ? '/study?deck=scope' : screen.path;
    await page.goto(`${url}${path}`);
    await arrive(page, screen);
    map.set(screen.path, await styleRules(page));
  }
  await page.close();
  return map;
}

/** Twice round the tab bar, plus Decks → Browse and Today → Study, checking every screen on arrival. */
async function walk(page: Page, touch: boolean, baseline: Map<string, string[]>): Promise<void> {
  const tabs: [string, Screen][] = [
    ['Decks', DECKS],
    ['Browse', BROWSE],
    ['Quiz', QUIZ],
    ['Stats', STATS],
    ['Settings', SETTINGS],
    ['Today', TODAY],
  ];
  for (let round = 0; round < 2; round++) {
    for (const [name, screen] of tabs) {
      await press(page, touch, name, 'nav[aria-label="Main"]');
      await arrive(page, screen);
      await expectLikeDirectLoad(page, screen, baseline);
    }
    await press(page, touch, 'Decks', 'nav[aria-label="Main"]');
    await arrive(page, DECKS);
    await page
      .getByRole('link', { name: /^Browse/ })
      .nth(1)
      .waitFor();
    const browseFromDeck = page
      .locator('main')
      .getByRole('link', { name: /^Browse/ })
      .first();
    if (touch) await browseFromDeck.tap();
    else await browseFromDeck.click();
    await arrive(page, BROWSE);
    await expectLikeDirectLoad(page, BROWSE, baseline);
    await press(page, touch, 'Today', 'nav[aria-label="Main"]');
    await arrive(page, TODAY);
    const study = page
      .locator('main')
      .getByRole('link', { name: /^Study/ })
      .first();
    await study.waitFor();
    if (touch) await study.tap();
    else await study.click();
    await page.waitForURL((url) => url.pathname === '/study', { waitUntil: 'commit' });
    await page.getByRole('button', { name: 'Show answer' }).waitFor();
    await expectLikeDirectLoad(page, STUDY, baseline);
    await press(page, touch, 'Today', 'nav[aria-label="Main"]');
    await arrive(page, TODAY);
  }
}

describe.each([
  ['phone', PHONE, true],
  ['laptop', DESKTOP, false],
] as [string, BrowserContextOptions, boolean][])('walking the app by its own links on a %s', (_name, options, touch) => {
  let server: CountingServer;
  let browser: PersistentContext;
  let page: Page;
  let baseline: Map<string, string[]>;

  beforeAll(async () => {
    server = await startCountingServer();
    browser = await launchPersistent(options);
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(`${server.url}/`);
    await waitForHydration(page);
    await waitForController(page);
    baseline = await baselines(browser, server.url, [TODAY, DECKS, BROWSE, QUIZ, STATS, SETTINGS, STUDY]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('every screen looks as when loaded directly, online', async () => {
    await page.goto(`${server.url}/`);
    await arrive(page, TODAY);
    await walk(page, touch, baseline);
  });

  it('and offline, from the service worker', async () => {
    await setNetwork(browser.context, server, false);
    try {
      await page.goto(`${server.url}/`);
      await arrive(page, TODAY);
      await walk(page, touch, baseline);
    } finally {
      await setNetwork(browser.context, server, true);
    }
  });
});
