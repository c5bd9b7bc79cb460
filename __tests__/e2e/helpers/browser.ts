// Launches Debian's Chromium through playwright-core (never a downloaded browser), at a phone
// viewport with touch by default.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';

import { guardContext } from './guard';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};

/**
 * A time zone where it is about midday now, for tests that count today's learning cards: a card
 * answered Good is due again in minutes, and within those minutes of the study day's start (04:00 by
 * default) it is tomorrow's, not today's, as in Anki. Run near 04:00 in the machine's zone, such a test
 * would otherwise count 0.
 */
export function middayZone(now = new Date()): string {
  const offset = ((((12 - now.getUTCHours()) % 24) + 24 + 11) % 24) - 11; // −11…+12 hours from UTC
  return offset === 0 ? 'Etc/UTC' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}

export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };

/** A browser whose every new context is guarded (page errors and CSP violations fail the test). */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options?: BrowserContextOptions) => guardContext(await newContext(options));
  return browser;
}

export interface PersistentContext {
  context: BrowserContext;
  close: () => Promise<void>;
}

/** A persistent profile in a temp dir: real storage, service workers and installability checks. */
export async function launchPersistent(options: BrowserContextOptions = PHONE): Promise<PersistentContext> {
  const dir = mkdtempSync(join(tmpdir(), 'cc-e2e-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
    ...options,
  });
  await guardContext(context);
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
