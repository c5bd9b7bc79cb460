// The Anki figures of npm run bench (issue 15): a 50,000-note package with 200,000 review-log rows,
// generated here in the legacy form (collection.anki2) and the anki21b form (zstd SQLite, protobuf
// media list, meta version 3), each imported through the Decks screen in headless Chromium on a fresh
// profile, under the real headers, until the deck is usable (the "Imported" message); and the bundled
// decks written as a package. Prints `apkg: import_notes=50000 import_s=X export_s=Y` (the slower form).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { ZstdCodec } from 'zstd-codec';

import { encodeMessage } from '../lib/anki/protobuf';
import { SCHEMA11_SQL } from '../lib/anki/schema11';
import { writePackage } from '../lib/anki/write-package';
import { IMPORT_TIMINGS_MARK } from '../lib/db/anki-reply';
import { concat, zipFiles } from '../lib/anki/zip';
import type { DeckBundle } from '../lib/decks/types';
import { launchPersistent, PHONE } from '../__tests__/e2e/helpers/browser';
import { childCpuSeconds } from './child-cpu';
import type { RunningServer } from '../__tests__/e2e/helpers/server';

const NOTES = Number(process.env.BENCH_APKG_NOTES ?? 50_000);
const REVIEWS = Number(process.env.BENCH_APKG_REVIEWS ?? 200_000);
const ROOT = join(__dirname, '..');
const DAY = 86_400_000;

/** A schema-11 collection: basic notes with a little HTML, one card each, REVIEWS answers spread over a year. */
export function collection(SQL: SqlJsStatic, ver: number): Uint8Array {
  const db = new SQL.Database();
  db.exec(SCHEMA11_SQL);
  const models = {
    '1': {
      id: 1,
      name: 'Basic',
      type: 0,
      flds: [
        { name: 'Front', ord: 0 },
        { name: 'Back', ord: 1 },
      ],
      tmpls: [{ name: 'Card 1', ord: 0, qfmt: '{{Front}}', afmt: '{{FrontSide}}<hr id=answer>{{Back}}' }],
    },
  };
  db.run("INSERT INTO col VALUES (1, 1600000000, 0, 0, ?, 0, 0, 0, '{}', ?, ?, '{}', '{}')", [
    ver,
    JSON.stringify(models),
    JSON.stringify({ '2': { id: 2, name: 'Bench::Imported' } }),
  ]);
  db.run('BEGIN');
  const note = db.prepare("INSERT INTO notes VALUES (?, ?, 1, 0, -1, ' bench ', ?, '', 0, 0, '')");
  const card = db.prepare("INSERT INTO cards VALUES (?, ?, 2, 0, 0, -1, 2, 2, 0, 10, 2500, 4, 0, 0, 0, 0, 0, '')");
  for (let i = 0; i < NOTES; i++) {
    note.run([i + 1, `g${i}`, `<b>Question ${i}</b>: what does shim ${i} do?\x1fIt keeps container <i>${i}</i> running.`]);
    card.run([1_000_000 + i, i + 1]);
  }
  note.free();
  card.free();
  const rev = db.prepare('INSERT INTO revlog VALUES (?, ?, -1, ?, 1, 0, 2500, 6000, 1)');
  const start = Date.now() - 365 * DAY;
  for (let r = 0; r < REVIEWS; r++) rev.run([start + r * Math.floor((360 * DAY) / REVIEWS), 1_000_000 + (r % NOTES), r % 7 === 0 ? 1 : 3]);
  rev.free();
  db.run('COMMIT');
  const bytes = db.export();
  db.close();
  return bytes;
}

/** zstd in 1 MB frames, one after another (a valid zstd stream): zstd-codec's heap cannot take 20 MB at once. */
function framed(zstd: { compress(b: Uint8Array, level?: number): Uint8Array }, bytes: Uint8Array): Uint8Array {
  const frames: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += 1 << 20) frames.push(zstd.compress(bytes.subarray(at, at + (1 << 20)), 3));
  return concat(frames);
}

async function packages(SQL: SqlJsStatic, dir: string): Promise<{ legacy: string; anki21b: string }> {
  const zstd = await new Promise<{ compress(b: Uint8Array, level?: number): Uint8Array }>((resolve) =>
    ZstdCodec.run((z) => resolve(new z.Simple())),
  );
  const legacy = join(dir, 'bench-legacy.apkg');
  writeFileSync(legacy, zipFiles({ 'collection.anki2': collection(SQL, 11), media: new TextEncoder().encode('{}') }, Date.now()));
  const anki21b = join(dir, 'bench-anki21b.apkg');
  writeFileSync(
    anki21b,
    zipFiles(
      {
        'collection.anki21b': framed(zstd, collection(SQL, 18)),
        meta: encodeMessage([{ field: 1, varint: 3 }]),
        media: zstd.compress(encodeMessage([]), 3),
      },
      Date.now(),
    ),
  );
  return { legacy, anki21b };
}

interface ImportRun {
  seconds: number;
  /** CPU seconds Chromium's processes used from choosing the file to "Imported". */
  cpu: number;
  /** The worker's phases (ms), from the page's IMPORT_TIMINGS_MARK. */
  phases: Record<string, number>;
  /** The page's tasks over 50 ms while the import ran, from the Long Tasks API: [start after the file was chosen, duration] (ms). */
  longTasks: [number, number][];
  /** The same in the AFTER_MS after "Imported" showed: the Decks screen recounting the new deck's progress. */
  afterTasks: [number, number][];
}

/** How long the page is watched after "Imported" for the Decks screen's recount. */
const AFTER_MS = 5_000;

async function importOnce(server: RunningServer, file: string): Promise<ImportRun> {
  const browser = await launchPersistent(PHONE);
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(`${server.url}/decks`);
    // The button is enabled once the store has opened and the bundled decks are in.
    await page.locator('button:has-text("Import a deck…"):enabled').waitFor({ timeout: 60_000 });
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import a deck…' }).click();
    await page.evaluate(() => {
      const tasks: [number, number][] = [];
      const from = performance.now();
      Object.assign(window, { benchLongTasks: tasks, benchFrom: from });
      new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push([e.startTime - from, e.duration]))).observe({
        type: 'longtask',
      });
    });
    const t0 = Date.now();
    const cpu0 = childCpuSeconds();
    await (await chooser).setFiles(file);
    await page
      .getByRole('status')
      .filter({ hasText: /^Imported / })
      .waitFor({ timeout: 600_000 });
    const seconds = (Date.now() - t0) / 1000;
    const cpu = childCpuSeconds() - cpu0;
    // When "Imported" showed, on the long tasks' clock.
    const importedAt = await page.evaluate(() => performance.now() - (window as unknown as { benchFrom: number }).benchFrom);
    await page.waitForTimeout(AFTER_MS);
    const { phases, tasks } = await page.evaluate((mark) => {
      const entry = performance.getEntriesByName(mark).at(-1) as PerformanceMark | undefined;
      return {
        phases: (entry?.detail ?? {}) as Record<string, number>,
        tasks: (window as unknown as { benchLongTasks: [number, number][] }).benchLongTasks,
      };
    }, IMPORT_TIMINGS_MARK);
    const ended = (task: [number, number]) => task[0] + task[1];
    return {
      seconds,
      cpu,
      phases,
      longTasks: tasks.filter((t) => ended(t) <= importedAt),
      afterTasks: tasks.filter((t) => ended(t) > importedAt).map(([start, ms]) => [start - importedAt, ms]),
    };
  } finally {
    await browser.close();
  }
}

async function importSeconds(server: RunningServer, file: string, label: string): Promise<number> {
  const run = await importOnce(server, file);
  console.log(`${label.padEnd(52)} ${run.seconds.toFixed(1)} s   ≤ 15 s${run.seconds <= 15 ? '  ok' : '  MISSED'}`);
  if (run.cpu > 0) console.log(`  Chromium's CPU time (all its processes): ${run.cpu.toFixed(1)} s`);
  const phases = Object.entries(run.phases).map(([phase, ms]) => `${phase} ${(ms / 1000).toFixed(1)} s`);
  console.log(`  phases in the worker: ${phases.join(', ')}`);
  const tasks = run.longTasks.map(([at, ms]) => `${ms.toFixed(0)} ms at ${(at / 1000).toFixed(1)} s`);
  console.log(
    `  page: ${tasks.length} task${tasks.length === 1 ? '' : 's'} over 50 ms while importing${tasks.length ? `: ${tasks.join(', ')}` : ''}`,
  );
  const after = run.afterTasks.map(([at, ms]) => `${ms.toFixed(0)} ms at +${(at / 1000).toFixed(1)} s`);
  console.log(
    `  page after "Imported" (${AFTER_MS / 1000} s): ${after.length} task${after.length === 1 ? '' : 's'} over 50 ms${after.length ? `: ${after.join(', ')}` : ''}`,
  );
  return run.seconds;
}

export async function apkgBench(server: RunningServer): Promise<void> {
  const SQL = await initSqlJs();
  const dir = mkdtempSync(join(tmpdir(), 'cc-apkg-bench-'));
  try {
    const t0 = Date.now();
    const files = await packages(SQL, dir);
    console.log(`\napkg bench: ${NOTES} notes, ${REVIEWS} revlog rows, packages generated in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    const legacy = await importSeconds(server, files.legacy, 'import collection.anki2 to a usable deck');
    const modern = await importSeconds(server, files.anki21b, 'import collection.anki21b (zstd) to a usable deck');
    const bundle = JSON.parse(readFileSync(join(ROOT, 'out', 'decks', 'bundle.json'), 'utf8')) as DeckBundle;
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const s = performance.now();
      writePackage(SQL, { decks: bundle.decks, now: Date.now() });
      times.push((performance.now() - s) / 1000);
    }
    const exportS = times.sort((a, b) => a - b)[2]!;
    console.log(
      `${`export the bundled decks (${bundle.decks.length} decks), median of 5`.padEnd(52)} ${exportS.toFixed(2)} s   ≤ 2 s${exportS <= 2 ? '  ok' : '  MISSED'}`,
    );
    console.log(`apkg: import_notes=${NOTES} import_s=${Math.max(legacy, modern).toFixed(1)} export_s=${exportS.toFixed(2)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  void (async () => {
    const { startServer } = await import('../__tests__/e2e/helpers/server');
    const server = await startServer();
    try {
      await apkgBench(server);
    } finally {
      await server.close();
    }
  })().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
