/** @jest-environment node */
// True/false and order cards in a real browser on a phone with touch: the Architecture deck reached
// by tapping the Decks tab and the deck's Study link, a true/false card answered by tapping False, an
// order card put in order by tapping Move up, checked, marked and rated; axe on both, light and dark.
import type { Page } from 'playwright-core';

import { axeViolations } from './helpers/axe';
import { launchPersistent, PHONE, type PersistentContext } from './helpers/browser';
import { waitForCount } from './helpers/idb';
import { startServer, type RunningServer } from './helpers/server';

let server: RunningServer;
let browser: PersistentContext;
let page: Page;

// arch-order-go-client-run, in its right order (the step texts as the screen shows them).
const RIGHT = [
  'client.Pull(ctx, ref, containerd.WithPullUnpack)',
  'client.NewContainer(...) with containerd.WithNewSnapshot',
  'container.NewTask(ctx, cio.NewCreator(cio.WithStdio))',
  'task.Wait(ctx)',
  'task.Start(ctx)',
  'task.Kill(ctx, syscall.SIGTERM)',
  'task.Delete(ctx)',
];

const steps = (p: Page) => p.getByRole('region', { name: 'Steps to put in order' });
const shownOrder = (p: Page) => steps(p).getByRole('listitem').locator('.prose').allInnerTexts();

beforeAll(async () => {
  server = await startServer();
  browser = await launchPersistent(PHONE);
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${server.url}/`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('true/false and order cards on a phone, by touch', () => {
  it('reaches the Architecture deck through the Decks tab and studies its first card', async () => {
    await page.getByRole('link', { name: 'Decks' }).tap();
    // Today lists the same deck with the same Study link: wait for Decks itself, or the tap below may land
    // on Today's link as Today leaves the screen.
    await page.getByRole('heading', { name: 'Decks', exact: true, level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Architecture', exact: true }).waitFor();
    await page.getByRole('link', { name: 'Study Architecture', exact: true }).tap();
    await page.waitForURL(/\/study\?deck=architecture/);
    await page.getByRole('button', { name: 'Show answer' }).tap();
    await page.getByRole('button', { name: 'Good' }).tap();
  });

  it('answers a true/false card by tapping False: marked right in words, Good suggested', async () => {
    const answers = page.getByRole('group', { name: 'Is the statement true?' });
    await answers.waitFor();
    await page.getByText('forks and execs each container').waitFor();
    const falseButton = answers.getByRole('button', { name: 'False', exact: true });
    const box = (await falseButton.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.width).toBeGreaterThan(120);
    expect(await axeViolations(page)).toEqual([]);
    await falseButton.tap();
    await page.getByRole('status').filter({ hasText: 'Right: the statement is false.' }).waitFor();
    await answers.getByRole('button', { name: 'False (right answer)' }).waitFor();
    expect(await page.getByRole('button', { name: 'Good' }).getAttribute('class')).toContain('suggested');
    expect(await page.getByText('does not directly launch containers').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/e2e-truefalse.png', fullPage: true });
    await page.getByRole('button', { name: 'Good' }).tap();
  });

  it('puts an order card in order with Move up taps, checks it, and suggests Good', async () => {
    await steps(page).waitFor();
    const start = await shownOrder(page);
    expect([...start].sort()).toEqual([...RIGHT].sort());
    expect(start).not.toEqual(RIGHT);
    const fits = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    expect(fits).toBe(true);
    const up = steps(page).getByRole('button', { name: `Move “${start[1]}” up`, exact: true });
    const box = (await up.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(44);
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(await axeViolations(page)).toEqual([]);

    for (const [target, text] of RIGHT.entries()) {
      while ((await shownOrder(page)).indexOf(text) > target) {
        await steps(page)
          .getByRole('button', { name: `Move “${text}” up`, exact: true })
          .tap();
      }
    }
    expect(await shownOrder(page)).toEqual(RIGHT);
    await page.screenshot({ path: '/tmp/e2e-order-sorted.png', fullPage: true });
    await steps(page).getByRole('button', { name: 'Check', exact: true }).tap();

    const checked = page.getByRole('region', { name: 'Your order, checked' });
    await checked.getByRole('status').filter({ hasText: 'Right: all 7 steps in order.' }).waitFor();
    expect(await checked.getByText('(right place)').count()).toBe(7);
    expect(await page.getByRole('button', { name: 'Good' }).getAttribute('class')).toContain('suggested');
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/e2e-order-checked-dark.png', fullPage: true });
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    await page.getByRole('button', { name: 'Good' }).tap();
    await waitForCount(page, 'reviewLogs', 3);
  });
});
