/** @jest-environment node */
// The containerd version you run, on a phone with touch: set it in Settings through the tab bar, see
// Today's counts follow, Browse filter by version, and an upgrade session from 1.7 to 2.0 that shows a
// card's other-version answer beneath its own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Page } from 'playwright-core';

import type { DeckBundle } from '@/lib/decks/types';
import { UPGRADE_STAGES, upgradeCards } from '@/lib/decks/upgrade';
import { versionsHoldFor } from '@/lib/decks/versions';

import { axeViolations } from './helpers/axe';
import { launchPersistent, PHONE, type PersistentContext } from './helpers/browser';
import { readRows } from './helpers/idb';
import { OUT_DIR, startServer, type RunningServer } from './helpers/server';

/** The Versions deck as the build shipped it: the counts below follow its cards, not a number kept here. */
const versionsDeck = () =>
  (JSON.parse(readFileSync(join(OUT_DIR, 'decks', 'bundle.json'), 'utf8')) as DeckBundle).decks.find((d) => d.id === 'versions')!.cards;

let server: RunningServer;
let browser: PersistentContext;
let page: Page;

const deckRow = (p: Page, title: string) => p.getByRole('listitem').filter({ has: p.getByRole('heading', { name: title }) });
const newCount = async (p: Page, title: string) => Number((await deckRow(p, title).locator('.count-new').textContent())!.match(/\d+/)![0]);
const headlineCount = async (p: Page) => {
  const text = (await p.getByText(/cards? to study today\./).textContent())!;
  return Number(text.match(/\d+/)![0]);
};

async function setVersion(p: Page, line: string) {
  await p.getByRole('link', { name: 'Settings' }).tap();
  const select = p.getByRole('combobox', { name: 'containerd version I run' });
  await select.waitFor();
  await select.selectOption(line);
  await p.getByRole('button', { name: 'Save settings' }).tap();
  await p.getByRole('status').filter({ hasText: 'Settings saved.' }).waitFor();
  await p.getByRole('link', { name: 'Today' }).tap();
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchPersistent({ ...PHONE, serviceWorkers: 'block' });
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(`${server.url}/`);
  await deckRow(page, 'Versions and upgrades').locator('.count-new').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('moves cards out of Today’s counts when you run 1.7, and back when you run latest again', async () => {
  await page.getByText('Cards for containerd latest (2.3).').waitFor();
  // More of the Versions deck's cards hold for 2.3 than a day's 20 new; far fewer hold for 1.7.
  const holdFor17 = versionsDeck().filter((c) => versionsHoldFor(c.versions, '1.7')).length;
  expect(versionsDeck().filter((c) => versionsHoldFor(c.versions, 'latest')).length).toBeGreaterThan(20);
  expect(holdFor17).toBeLessThan(20);
  expect(await newCount(page, 'Versions and upgrades')).toBe(20);
  const before = await headlineCount(page);

  await setVersion(page, '1.7');
  await page.getByText('Cards for containerd 1.7.').waitFor();
  await page.waitForFunction((n) => document.body.textContent?.includes(`${n} new`), holdFor17);
  expect(await newCount(page, 'Versions and upgrades')).toBe(holdFor17);
  // Today's one number for every deck is held to the overall limit, so it need not fall; it never rises.
  expect(await headlineCount(page)).toBeLessThanOrEqual(before);
  const states = await readRows<{ cardId: string; queue: number }>(page, 'cardStates');
  expect(states.find((s) => s.cardId === 'versions-config-migrate')?.queue).toBe(-4);
  expect(states.length).toBe(new Set(states.map((s) => s.cardId)).size);

  await setVersion(page, 'latest');
  await page.getByText('Cards for containerd latest (2.3).').waitFor();
  await page.waitForFunction(() => document.body.textContent?.includes('20 new'));
  expect(await headlineCount(page)).toBe(before);
});

it('filters Browse by version', async () => {
  await page.getByRole('link', { name: 'Browse' }).tap();
  const status = page.getByRole('status').filter({ hasText: /cards\.$/ });
  await status.waitFor();
  const total = async () => Number((await status.textContent())!.match(/(\d+) cards\./)![1]);
  const allText = await status.textContent();
  const all = await total();
  await page.getByRole('combobox', { name: 'containerd version' }).selectOption('1.6');
  await page.waitForURL(/version=1\.6/);
  await page.waitForFunction((before) => document.querySelector('main p[role=status]')?.textContent !== before, allText);
  const on16 = await total();
  expect(on16).toBeLessThan(all);
  // A 2.x card is not among 1.6's, and is once every version shows.
  await page.getByRole('searchbox', { name: 'Search cards' }).fill('migrate');
  const migrate = page.locator('[data-card="versions-config-migrate"]');
  await page.waitForFunction(() =>
    /^(\d{1,2} cards?\.|No cards match\.)$/.test(document.querySelector('main p[role=status]')?.textContent ?? ''),
  );
  expect(await migrate.count()).toBe(0);
  await page.getByRole('combobox', { name: 'containerd version' }).selectOption('');
  await migrate.waitFor();
  expect(page.url()).not.toContain('version=');
});

it('studies an upgrade from 1.7 to 2.0 in the upgrade notes’ order, a card’s 2.x answer beneath its 1.x one', async () => {
  await page.getByRole('link', { name: 'Today' }).tap();
  await page.getByRole('link', { name: /Upgrading\? Study what changes/ }).tap();
  await page.getByRole('combobox', { name: 'I run' }).selectOption('1.7');
  await page.getByRole('combobox', { name: 'I am moving to' }).selectOption('2.0');
  await page.getByRole('button', { name: 'Study what changes' }).tap();
  await page.waitForURL(/\/upgrade\?from=1\.7&to=2\.0/);
  await page.getByText(/Step 1 of 6: Deprecation warnings, before you upgrade/).waitFor();
  // The session the build's cards make, each in the stage its deck authored: walk to the first card with
  // a 2.x side, checking that every card before it shows its own step.
  const shipped = JSON.parse(readFileSync(join(OUT_DIR, 'decks', 'bundle.json'), 'utf8')) as DeckBundle;
  const plan = upgradeCards(
    shipped.decks.flatMap((d) => d.cards),
    new Map(shipped.decks.map((d) => [d.id, d.order])),
    '1.7',
    '2.0',
  );
  // The build carries each card's authored stage (`upgrade:`) into bundle.json, and the session places it there.
  expect(plan.every(({ card, stage }) => card.upgrade !== undefined && stage?.id === card.upgrade)).toBe(true);
  const firstWithTwoX = plan.findIndex(({ card }) => versionsHoldFor(card.versions, '1.7') && (card.variants ?? []).length > 0);
  expect(firstWithTwoX).toBeGreaterThan(0);
  const progress = page.locator('main p[aria-live=polite]');
  for (let i = 0; i < firstWithTwoX; i++) {
    const step = UPGRADE_STAGES.findIndex((s) => s.id === plan[i]!.stage!.id) + 1;
    await page.getByRole('button', { name: 'Show answer' }).waitFor();
    expect(await progress.textContent()).toBe(`${i} of ${plan.length} cards done · Step ${step} of 6: ${plan[i]!.stage!.title}`);
    await page.getByRole('button', { name: 'Show answer' }).tap();
    await page.getByRole('button', { name: 'Good' }).tap();
  }
  const others = page.getByRole('region', { name: 'Other versions' });
  await page.getByRole('button', { name: 'Show answer' }).tap();
  await others.getByRole('heading', { name: 'On all of 2.x:' }).first().waitFor();
  await page.getByRole('button', { name: 'Good' }).waitFor();
  await page.screenshot({ path: '/tmp/e2e-upgrade-other-versions.png', fullPage: true });
  expect(await axeViolations(page)).toEqual([]);
  // Reduced motion: a colour transition caught half-way would skew the contrast check.
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });
  // Nothing scrolls sideways at 390 px.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.getByRole('button', { name: 'Good' }).tap();
  const logs = await readRows<{ cardId: string }>(page, 'reviewLogs');
  expect(logs.length).toBeGreaterThanOrEqual(3);
});
