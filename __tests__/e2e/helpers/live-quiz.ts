// The rig the live-quiz browser tests share: the project's server on a made-up LAN (the machine's own
// interfaces stay out of the tests), one Chromium, a fresh context per device (service workers
// blocked), the host reaching the Quiz screen by its tab, and a phone answering whatever kind of
// question is on screen the way a player would.
import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page } from 'playwright-core';

import type { ServerOptions } from '@/server/app';

import { FAKE_INTERFACES } from '../../server/support/interfaces';
import { DESKTOP, launchBrowser } from './browser';
import { startServer, type RunningServer } from './server';

export interface QuizRig {
  server: RunningServer;
  browser: Browser;
  /** A new device (its own context) with one page, not yet navigated. */
  device: (options: BrowserContextOptions) => Promise<{ page: Page; context: BrowserContext }>;
  /** A new device opened at `path` on the server. */
  open: (options: BrowserContextOptions, path: string) => Promise<Page>;
  /** The host's laptop: the app's home screen, then a click on the Quiz tab. */
  openQuizByTab: () => Promise<Page>;
  close: () => Promise<void>;
}

export async function startQuizRig(options: Partial<ServerOptions> = {}): Promise<QuizRig> {
  const server = await startServer({ ...options, game: { networkInterfaces: () => FAKE_INTERFACES, ...options.game } });
  const browser = await launchBrowser();
  const contexts: BrowserContext[] = [];
  const device = async (deviceOptions: BrowserContextOptions) => {
    const context = await browser.newContext({ ...deviceOptions, serviceWorkers: 'block' });
    contexts.push(context);
    return { page: await context.newPage(), context };
  };
  const open = async (deviceOptions: BrowserContextOptions, path: string) => {
    const { page } = await device(deviceOptions);
    await page.goto(`${server.url}${path}`);
    return page;
  };
  const openQuizByTab = async () => {
    const host = await open(DESKTOP, '/');
    await host.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Quiz', exact: true }).click();
    await host.waitForURL((url) => url.pathname === '/quiz', { waitUntil: 'commit' });
    await host.getByRole('heading', { level: 1, name: 'Team quiz' }).waitFor();
    return host;
  };
  const close = async () => {
    for (const c of contexts) await c.close();
    await browser.close();
    await server.close();
  };
  return { server, browser, device, open, openQuizByTab, close };
}

export type ShownKind = 'typed' | 'order' | 'options';

/**
 * Waits until the question on screen can be answered and says how: a command field, steps to order,
 * or enabled option buttons (in the group named `group`: "Answers" on a phone, "<name>, choose an
 * answer" in pass and play).
 */
export async function waitForQuestion(page: Page, group = 'Answers', timeout = 20_000): Promise<ShownKind> {
  const command = page.getByLabel('Your command');
  const order = page.getByRole('button', { name: 'Submit order' }).and(page.locator(':enabled'));
  const option = page.getByRole('group', { name: group }).getByRole('button').and(page.locator(':enabled')).first();
  await command.or(order).or(option).first().waitFor({ timeout });
  if (await command.isVisible()) return 'typed';
  if (await order.isVisible()) return 'order';
  return 'options';
}

/**
 * Answers the question on screen the way its kind asks: a command typed, a step moved down with the
 * keyboard (touch and keys alike) then the order sent, or the `pick`th option tapped (wrapping round
 * the options there are). Returns the kind answered.
 */
export async function answerShown(page: Page, { pick = 0, group = 'Answers' }: { pick?: number; group?: string } = {}) {
  const kind = await waitForQuestion(page, group);
  // A phone is tapped, a laptop (pass and play on the host's) clicked.
  const touch = await page.evaluate(() => navigator.maxTouchPoints > 0);
  const press = (target: Locator) => (touch ? target.tap() : target.click());
  if (kind === 'typed') {
    await page.getByLabel('Your command').fill(pick % 2 === 0 ? 'ctr plugins ls' : 'ctr version');
    await press(page.getByRole('button', { name: 'Submit answer' }));
  } else if (kind === 'order') {
    const down = page.getByRole('button', { name: /^Move “.+” down$/ }).nth(pick % 2);
    await down.focus();
    await page.keyboard.press('Enter');
    await page
      .getByRole('status')
      .filter({ hasText: /is now step \d of/ })
      .waitFor();
    await press(page.getByRole('button', { name: 'Submit order' }));
  } else {
    const options = page.getByRole('group', { name: group }).getByRole('button');
    await press(options.nth(pick % (await options.count())));
  }
  return kind;
}

/** A phone's result line after a reveal. */
export const RESULT = /Right!|Partly right|Wrong this time|No answer this time/;
