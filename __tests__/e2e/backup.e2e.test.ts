/** @jest-environment node */
// Backup and restore in a real browser: study on a phone, download the backup, restore it on a
// fresh laptop profile, and find the progress there; a damaged file is refused and changes nothing.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Page } from 'playwright-core';

import { axeViolations } from './helpers/axe';
import { DESKTOP, launchPersistent, PHONE, type PersistentContext } from './helpers/browser';
import { readRows } from './helpers/idb';
import { startServer, type RunningServer } from './helpers/server';
import { watchProblems, type PageProblems } from './pwa-helpers';

let server: RunningServer;
const profiles: PersistentContext[] = [];
const dir = mkdtempSync(join(tmpdir(), 'cc-backup-'));

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  for (const p of profiles) await p.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const problems: PageProblems[] = [];

async function openProfile(options: typeof PHONE): Promise<Page> {
  const profile = await launchPersistent(options);
  profiles.push(profile);
  const page = profile.context.pages()[0] ?? (await profile.context.newPage());
  // zod and fflate load with the backup: neither may trip the strict CSP (zod probes for eval).
  problems.push(await watchProblems(page));
  await page.goto(`${server.url}/`);
  await runcNew(page);
  return page;
}

async function runcNew(page: Page): Promise<number> {
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: "runc's role" }) });
  await card.locator('.count-new').waitFor();
  return Number((await card.locator('.count-new').innerText()).split(/\s/)[0]);
}

const studied = async (page: Page) =>
  (await readRows<{ cardId: string; sched: { phase: string } }>(page, 'cardStates'))
    .filter((s) => s.sched.phase !== 'new')
    .map((s) => s.cardId)
    .sort();

async function chooseFile(page: Page, path: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore from a backup…' }).click();
  await (await chooser).setFiles(path);
}

it('moves a phone’s progress to a fresh laptop through a backup file', async () => {
  const phone = await openProfile(PHONE);
  await phone.goto(`${server.url}/study?deck=runc`);
  for (let i = 0; i < 3; i++) {
    await phone.getByRole('button', { name: 'Show answer' }).click();
    await phone.getByRole('button', { name: 'Good' }).click();
  }
  await phone.getByRole('link', { name: 'Settings' }).click();
  await phone.getByText('No backup downloaded from this device yet.').waitFor();
  const download = phone.waitForEvent('download');
  await phone.getByRole('button', { name: 'Download a backup' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^containerd-cards-backup-\d{4}-\d{2}-\d{2}\.json\.gz$/);
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  await phone.getByRole('status').filter({ hasText: 'Backup downloaded: 3 cards studied, 3 reviews, 0 quiz reports.' }).waitFor();
  await phone.getByText(/^Last backup: /).waitFor();

  const laptop = await openProfile(DESKTOP);
  expect(await runcNew(laptop)).toBe(20);
  await laptop.getByRole('link', { name: 'Settings' }).click();
  // A damaged file first: refused with its reason, nothing changed.
  const damaged = join(dir, 'damaged.json.gz');
  writeFileSync(damaged, Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3, 4, 5, 6, 7, 8, 9]));
  await chooseFile(laptop, damaged);
  await laptop.getByRole('alert').filter({ hasText: 'damaged.json.gz: This backup is damaged' }).waitFor();
  expect(await studied(laptop)).toEqual([]);

  await chooseFile(laptop, path);
  const confirm = laptop.getByRole('group', { name: 'Restore this backup?' });
  await confirm.getByText(/3 cards studied, 3 reviews, 0 quiz reports/).waitFor();
  expect(await axeViolations(laptop)).toEqual([]);
  await confirm.getByRole('button', { name: 'Restore this backup' }).click();
  await laptop
    .getByRole('status')
    .filter({ hasText: /^Restored the backup of .*: 3 cards studied, 3 reviews, 0 quiz reports\.$/ })
    .waitFor();
  expect(await studied(laptop)).toEqual(await studied(phone));
  expect((await readRows(laptop, 'reviewLogs')).length).toBe(3);
  await laptop.getByRole('link', { name: 'Today' }).click();
  expect(await runcNew(laptop)).toBe(17);
  expect(problems).toEqual([
    { errors: [], cspViolations: [] },
    { errors: [], cspViolations: [] },
  ]);
});
