/** @jest-environment node */
// The study loop in a real browser: study five cards with the named buttons at a phone viewport,
// reload and find every answer kept, undo one, and check accessibility in light and dark.
import type { Page } from 'playwright-core';

import { axeViolations } from './helpers/axe';
import { DESKTOP, launchPersistent, middayZone, PHONE, type PersistentContext } from './helpers/browser';
import { countRows, readRows, waitForCount } from './helpers/idb';
import { startServer, type RunningServer } from './helpers/server';

let server: RunningServer;
let browser: PersistentContext;
let page: Page;

const deckCard = (p: Page, title: string) => p.getByRole('listitem').filter({ has: p.getByRole('heading', { name: title }) });

async function newCountOf(p: Page, title: string): Promise<number> {
  const text = await deckCard(p, title).locator('.count-new').innerText();
  return Number(text.split(/\s/)[0]);
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchPersistent({ ...PHONE, timezoneId: middayZone() });
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('study loop at a phone viewport', () => {
  it('loads the bundled decks on first run, in a worker', async () => {
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(`${server.url}/`);
    await deckCard(page, "runc's role").locator('.count-new').waitFor();
    expect(await newCountOf(page, "runc's role")).toBe(20);
    expect(await countRows(page, 'cards')).toBeGreaterThanOrEqual(220);
    // The sync ran off the page: a dedicated worker started from this origin's own scripts.
    // (The statistics' worker may also start once the app is idle: it comes from /workers/.)
    expect(workers.filter((w) => w.startsWith(`${server.url}/_next/static/`))).toHaveLength(1);
    expect(workers.filter((w) => !w.startsWith(`${server.url}/_next/static/`))).toEqual(
      workers.includes(`${server.url}/workers/stats.js`) ? [`${server.url}/workers/stats.js`] : [],
    );
    expect(pageErrors).toEqual([]);
  });

  it('studies five cards with Show answer and Good', async () => {
    await deckCard(page, "runc's role")
      .getByRole('link', { name: /^Study/ })
      .click();
    await page.waitForURL(/\/study\?deck=runc/);
    for (let i = 0; i < 5; i++) {
      await page.getByRole('button', { name: 'Show answer' }).click();
      const good = page.getByRole('button', { name: 'Good' });
      await good.waitFor();
      expect(await page.getByRole('button', { name: 'Again' }).isVisible()).toBe(true);
      expect(await page.getByRole('button', { name: 'Hard' }).isVisible()).toBe(true);
      expect(await page.getByRole('button', { name: 'Easy' }).isVisible()).toBe(true);
      const box = await good.boundingBox();
      expect(box!.height).toBeGreaterThanOrEqual(48);
      await good.click();
      await page.getByRole('button', { name: 'Show answer' }).waitFor();
    }
    expect(await countRows(page, 'reviewLogs')).toBe(5);
  });

  it('keeps counts and states after a reload', async () => {
    await page.goto(`${server.url}/`);
    await deckCard(page, "runc's role").locator('.count-learn').waitFor();
    expect(await newCountOf(page, "runc's role")).toBe(15);
    const learning = await deckCard(page, "runc's role").locator('.count-learn').innerText();
    expect(Number(learning.split(/\s/)[0])).toBe(5);
    const states = await readRows<{ deckId: string; sched: { phase: string } }>(page, 'cardStates');
    expect(states.filter((s) => s.deckId === 'runc' && s.sched.phase === 'learning')).toHaveLength(5);
  });

  it("undoes this session's answer, and only this session's", async () => {
    await page.goto(`${server.url}/study?deck=runc`);
    const undo = page.getByRole('button', { name: 'Undo' });
    await page.getByRole('button', { name: 'Show answer' }).waitFor();
    // The five answers of the earlier visit are not this session's to take back.
    expect(await undo.isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Show answer' }).click();
    await page.getByRole('button', { name: 'Good' }).click();
    await waitForCount(page, 'reviewLogs', 6);
    await undo.click();
    await waitForCount(page, 'reviewLogs', 5);
    await page.getByRole('button', { name: 'Show answer' }).waitFor();
    expect(await undo.isDisabled()).toBe(true);
    await page.goto(`${server.url}/`);
    await deckCard(page, "runc's role").locator('.count-learn').waitFor();
    expect(await newCountOf(page, "runc's role")).toBe(15);
  });

  it('acts on a finger tap as it lifts, and no click lands on the buttons that take its place', async () => {
    await page.goto(`${server.url}/study?deck=runc`);
    await page.getByRole('button', { name: 'Show answer' }).waitFor();
    const before = await countRows(page, 'reviewLogs');
    await page.evaluate(() => {
      const w = window as unknown as { __clicks: number };
      w.__clicks = 0;
      document.addEventListener('click', () => w.__clicks++, true);
    });
    const clicks = () => page.evaluate(() => (window as unknown as { __clicks: number }).__clicks);
    // Show answer and the ratings share a spot: a click after the tap would rate the card.
    await page.getByRole('button', { name: 'Show answer' }).tap();
    await page.getByRole('button', { name: 'Good' }).waitFor();
    await page.getByRole('button', { name: 'Good' }).tap();
    await page.getByRole('button', { name: 'Show answer' }).waitFor();
    // Long enough for a click the browser would send after a tap to arrive.
    await page.waitForTimeout(500);
    expect(await clicks()).toBe(0);
    await waitForCount(page, 'reviewLogs', before + 1);
    expect(await page.getByRole('group', { name: 'Rate your recall' }).count()).toBe(0);
    // A press that slides off the button is not a tap: nothing is shown.
    const box = (await page.getByRole('button', { name: 'Show answer' }).boundingBox())!;
    const cdp = await browser.context.newCDPSession(page);
    const at = (x: number, y: number) => [{ x, y }];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(box.x + box.width / 2, box.y + box.height / 2) });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(box.x + box.width / 2, box.y - 80) });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await page.waitForTimeout(300);
    expect(await page.getByRole('group', { name: 'Rate your recall' }).count()).toBe(0);
    await cdp.detach();
    expect(await countRows(page, 'reviewLogs')).toBe(before + 1);
  });

  it.each(['light', 'dark'] as const)('has no axe violations on home and study (%s)', async (scheme) => {
    // Reduced motion: a colour transition caught half-way would skew the contrast check.
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await page.goto(`${server.url}/`);
    await deckCard(page, "runc's role").locator('.count-new').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${server.url}/study?deck=runc`);
    await page.getByRole('button', { name: 'Show answer' }).click();
    await page.getByRole('button', { name: 'Good' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('study at a desktop viewport with the keyboard', () => {
  it('shows the answer with Space, rates with 3 and undoes with Z', async () => {
    const desk = await launchPersistent(DESKTOP);
    try {
      const p = await desk.context.newPage();
      await p.goto(`${server.url}/study?deck=scope`);
      await p.getByRole('button', { name: 'Show answer' }).waitFor();
      await p.keyboard.press('Space');
      await p.getByRole('button', { name: 'Good' }).waitFor();
      await p.keyboard.press('3');
      await p.getByRole('button', { name: 'Show answer' }).waitFor();
      await waitForCount(p, 'reviewLogs', 1);
      await p.getByRole('button', { name: 'Undo' }).and(p.locator(':enabled')).waitFor();
      await p.keyboard.press('z');
      await waitForCount(p, 'reviewLogs', 0);
    } finally {
      await desk.close();
    }
  });
});
