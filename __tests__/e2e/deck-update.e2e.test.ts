/** @jest-environment node */
// A new app version ships changed decks: study first, then serve a changed bundle and reload.
// Every state and log must survive: unchanged and edited cards keep their schedule, a removed
// card is retired with its log kept, a new card arrives new.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Page } from 'playwright-core';

import type { CompiledCard, DeckBundle } from '@/lib/decks';
import { compressAssets } from '@/scripts/compress-assets';

import { launchPersistent, PHONE, type PersistentContext } from './helpers/browser';
import { readRows, waitForCount, waitForSetting } from './helpers/idb';
import { OUT_DIR, startServer, type RunningServer } from './helpers/server';

interface StateRow {
  cardId: string;
  queue: number;
  sched: { phase: string; due: number; stability: number; reps: number };
}
interface CardRowLite {
  id: string;
  answer: string;
  html?: { answer: string };
  retired: number;
}
interface LogRow {
  cardId: string;
}

let out: string;
let server: RunningServer;
let browser: PersistentContext;
let page: Page;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'cc-out-'));
  cpSync(OUT_DIR, out, { recursive: true });
  server = await startServer({ outDir: out });
  // No service worker here: this test is about the data, and the worker would serve the old bundle.
  browser = await launchPersistent({ ...PHONE, serviceWorkers: 'block' });
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(out, { recursive: true, force: true });
});

async function studyThree() {
  await page.goto(`${server.url}/study?deck=runc`);
  for (let i = 0; i < 3; i++) {
    await page.getByRole('button', { name: 'Show answer' }).click();
    await page.getByRole('button', { name: 'Easy' }).click();
    await page.getByRole('button', { name: 'Show answer' }).waitFor();
  }
  await waitForCount(page, 'reviewLogs', 3);
}

it('keeps every state and log when a new version changes the bundled decks', async () => {
  await page.goto(`${server.url}/`);
  await page.getByRole('link', { name: /^Study runc/ }).waitFor();
  await studyThree();
  const statesBefore = await readRows<StateRow>(page, 'cardStates');
  const studied = (await readRows<LogRow>(page, 'reviewLogs')).map((l) => l.cardId);
  const [edited, removed, unchanged] = studied;

  const bundlePath = join(out, 'decks', 'bundle.json');
  const bundle = JSON.parse(readFileSync(bundlePath, 'utf8')) as DeckBundle;
  const runc = bundle.decks.find((d) => d.id === 'runc')!;
  const fresh: CompiledCard = {
    ...runc.cards[0],
    id: 'runc-added-in-v2',
    prompt: 'A card added in the next version?',
    hash: 'new',
    position: 999,
  };
  runc.cards = runc.cards
    .filter((c) => c.id !== removed)
    .map((c) =>
      c.id === edited
        ? {
            ...c,
            answer: `${c.answer}\n\nEdited in v2.`,
            html: { ...c.html!, answer: `${c.html!.answer}<p>Edited in v2.</p>` },
            hash: `${c.hash}-v2`,
          }
        : c,
    )
    .concat(fresh);
  const oldVersion = bundle.version;
  bundle.version = `${oldVersion}-v2`;
  writeFileSync(bundlePath, JSON.stringify(bundle));
  // A new build also carries the new decks version in its JavaScript (NEXT_PUBLIC_DECKS_VERSION).
  // A real build names its chunks by content; here the same names change content, so bypass the
  // browser's cache of them (routed requests are never served from the HTTP cache).
  await page.route('**/_next/static/**', (route) => route.continue());
  for (const file of readdirSync(join(out, '_next', 'static', 'chunks')).filter((f) => f.endsWith('.js'))) {
    const path = join(out, '_next', 'static', 'chunks', file);
    const text = readFileSync(path, 'utf8');
    if (text.includes(oldVersion)) writeFileSync(path, text.split(oldVersion).join(bundle.version));
  }
  // …and compresses them anew, as the build does.
  compressAssets(out);

  await page.goto(`${server.url}/`);
  await page.getByRole('link', { name: /^Study runc/ }).waitFor();
  await waitForSetting(page, 'bundleVersion', (v) => v === bundle.version);

  const statesAfter = new Map((await readRows<StateRow>(page, 'cardStates')).map((s) => [s.cardId, s]));
  const cardsAfter = new Map((await readRows<CardRowLite>(page, 'cards')).map((c) => [c.id, c]));
  const before = new Map(statesBefore.map((s) => [s.cardId, s]));

  for (const id of [edited, unchanged]) expect(statesAfter.get(id)!.sched).toEqual(before.get(id)!.sched);
  expect(cardsAfter.get(edited)!.answer).toMatch(/Edited in v2\.$/);
  expect(cardsAfter.get(edited)!.html!.answer).toMatch(/<p>Edited in v2\.<\/p>$/);
  expect(cardsAfter.get(removed)!.retired).toBe(1);
  expect(statesAfter.get(removed)!.queue).toBe(-3);
  expect(statesAfter.get(removed)!.sched).toEqual(before.get(removed)!.sched);
  expect(statesAfter.get('runc-added-in-v2')!.sched.phase).toBe('new');
  expect((await readRows<LogRow>(page, 'reviewLogs')).map((l) => l.cardId)).toEqual(studied);
  for (const [id, s] of before) {
    if (id !== removed && id !== edited) expect(statesAfter.get(id)!.sched).toEqual(s.sched);
  }
});
