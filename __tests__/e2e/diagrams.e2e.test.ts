/** @jest-environment node */
// Diagram cards in a real browser, on a phone with touch: reached through the app's own links, a
// point card answered by tapping a region, a hide card revealed, axe in light and dark, the theme's
// colours in the picture, and the same cards studied offline from the service worker.
import type { Page } from 'playwright-core';

import { axeViolations } from './helpers/axe';
import { launchPersistent, PHONE, type PersistentContext } from './helpers/browser';
import { setNetwork, startCountingServer, waitForController, type CountingServer } from './pwa-helpers';

let server: CountingServer;
let browser: PersistentContext;
let page: Page;

const deckCard = (p: Page, title: string) => p.getByRole('listitem').filter({ has: p.getByRole('heading', { name: title }) });
const picture = (p: Page) => p.locator('svg[data-diagram]');

beforeAll(async () => {
  server = await startCountingServer();
  browser = await launchPersistent(PHONE);
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(`${server.url}/`);
  await waitForController(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('diagram cards on a phone, by touch', () => {
  it('taps the right region of a point card, which is marked and suggests Good', async () => {
    await page.getByRole('link', { name: 'Decks' }).tap();
    await page.getByRole('heading', { name: 'Decks', exact: true, level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'In pictures' }).waitFor();
    await page.getByRole('link', { name: 'Today' }).tap();
    await deckCard(page, 'In pictures')
      .getByRole('link', { name: /^Study/ })
      .tap();
    await page.waitForURL(/\/study\?deck=pictures/);
    const regions = page.getByRole('group', { name: 'Docker Engine on containerd: tap a part' });
    await regions.waitFor();
    const target = regions.getByRole('button', { name: 'containerd', exact: true });
    // A finger-sized target at 390 px.
    const box = (await target.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(44);
    expect(box.height).toBeGreaterThanOrEqual(24);
    await target.tap();
    await page.getByRole('status').filter({ hasText: 'Right: containerd.' }).waitFor();
    expect(await page.getByRole('button', { name: 'Good' }).getAttribute('class')).toContain('suggested');
    expect(await picture(page).locator('[data-region="containerd"]').getAttribute('data-mark')).toBe('right');
    await page.screenshot({ path: '/tmp/e2e-diagram-point.png', fullPage: true });
    await page.getByRole('button', { name: 'Good' }).tap();
  });

  it('masks a hide card in the picture and its text until Show answer', async () => {
    const img = page.getByRole('img', { name: 'Docker Engine on containerd, with 2 hidden parts' });
    await img.waitFor();
    expect(await img.innerHTML()).not.toContain('containerd-shim');
    await page.getByText('Diagram as text').tap();
    await page.getByText('hidden part 1', { exact: true }).waitFor();
    expect(await page.locator('details', { hasText: 'Diagram as text' }).innerText()).not.toContain('containerd-shim');
    await page.screenshot({ path: '/tmp/e2e-diagram-hide.png', fullPage: true });
    await page.getByRole('button', { name: 'Show answer' }).tap();
    await page.getByRole('status').filter({ hasText: 'Hidden: containerd-shim.' }).waitFor();
    expect(await picture(page).locator('[data-mark="revealed"]').count()).toBe(2);
  });

  it.each(['light', 'dark'] as const)('has no axe violations on a diagram card, both sides (%s)', async (scheme) => {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await page.goto(`${server.url}/study?deck=pictures`);
    await picture(page).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Show answer' }).tap();
    await page.getByRole('button', { name: 'Good' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `/tmp/e2e-diagram-${scheme}.png`, fullPage: true });
  });

  it('draws with the theme: dark boxes and light text in dark mode', async () => {
    const colours = async (scheme: 'light' | 'dark') => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${server.url}/study?deck=pictures`);
      await picture(page).waitFor();
      return page.evaluate(() => {
        const svg = document.querySelector('svg[data-diagram]')!;
        const box = svg.querySelector('[data-region] rect')!;
        const text = svg.querySelector('[data-region] text')!;
        const luminance = (c: string) => {
          const [r, g, b] = (c.match(/\d+/g) ?? []).map(Number);
          return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
        };
        return { box: luminance(getComputedStyle(box).fill), text: luminance(getComputedStyle(text).fill) };
      });
    };
    const light = await colours('light');
    const dark = await colours('dark');
    expect(light.box).toBeGreaterThan(light.text);
    expect(dark.box).toBeLessThan(dark.text);
    expect(dark.box).toBeLessThan(light.box);
  });

  it('fits a 320 px phone: no sideways scrolling, the picture as wide as the card', async () => {
    const narrow = await browser.context.newPage();
    await narrow.setViewportSize({ width: 320, height: 640 });
    await narrow.goto(`${server.url}/study?deck=pictures`);
    await narrow.locator('svg[data-diagram]').waitFor();
    const { scroll, svg } = await narrow.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      svg: document.querySelector('svg[data-diagram]')!.getBoundingClientRect().width,
    }));
    expect(scroll).toBeLessThanOrEqual(320);
    expect(svg).toBeGreaterThan(250);
    await narrow.screenshot({ path: '/tmp/e2e-diagram-320.png', fullPage: true });
    await narrow.close();
  });

  it('studies diagram cards offline, the picture from the service worker', async () => {
    await setNetwork(browser.context, server, false);
    try {
      server.requests.length = 0;
      const offline = await browser.context.newPage();
      const response = await offline.goto(`${server.url}/study?deck=pictures`);
      expect(response?.fromServiceWorker()).toBe(true);
      await offline.locator('svg[data-diagram]').waitFor();
      await offline.getByRole('button', { name: 'Show answer' }).tap();
      await offline.getByRole('button', { name: 'Good' }).tap();
      await offline.locator('svg[data-diagram]').waitFor();
      expect(server.requests.filter((r) => r !== 'GET /sw.js')).toEqual([]);
      await offline.close();
    } finally {
      await setNetwork(browser.context, server, true);
    }
  });
});
