// npm run -s bench:insight: the statistics screen with 100,000 reviews and 100,000 cards in IndexedDB,
// in headless Chromium at a phone's size, served by the project's server with its real headers.
// Target: the screen's figures ready in ≤ 500 ms (median), timed by the screen itself from asking its
// worker to having the figures, each time after a tap on the Stats tab. The first open, which digests
// the whole log, and the baseline without the digest (every row read on the page) are printed beside it.
import { build } from 'esbuild';
import { join } from 'node:path';

import type { Page } from 'playwright-core';

import { launchPersistent, PHONE } from '../__tests__/e2e/helpers/browser';
import { startServer } from '../__tests__/e2e/helpers/server';

const REVIEWS = Number(process.env.BENCH_REVIEWS ?? 100_000);
const CARDS = Number(process.env.BENCH_CARDS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const ROOT = join(__dirname, '..');

interface Insight {
  seed(cards: number, reviews: number, seed: number): Promise<{ studied: number; cards: number; reviews: number }>;
  baselineMs(): Promise<number>;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: [join(__dirname, 'browser', 'insight-bench-entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    tsconfig: join(ROOT, 'tsconfig.json'),
    logLevel: 'error',
  });
  return result.outputFiles[0].text;
}

/** A page of the app's origin without the app's CSP, for the bench's own code (seeding, baselines). */
async function benchPage(app: Page, url: string, code: string) {
  const page = await app.context().newPage();
  await page.route('**/bench-runner', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bench</title>' }));
  await page.goto(`${url}/bench-runner`);
  await page.addScriptTag({ content: code });
  return <K extends keyof Insight>(name: K, ...args: Parameters<Insight[K]>) =>
    page.evaluate(
      ([n, a]) =>
        (window as unknown as { __insight: Record<string, (...x: unknown[]) => unknown> }).__insight[n as string](...(a as unknown[])),
      [name, args] as const,
    ) as ReturnType<Insight[K]>;
}

const tab = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).tap();

/** Taps Stats in the tab bar; returns the screen's own figure (ms, asking to having) and tap to screen. */
async function tapStats(page: Page): Promise<{ ready: number; onScreen: number }> {
  const t0 = Date.now();
  await tab(page, 'Stats');
  const status = page.getByText(/^From [\d,]+ reviews and [\d,]+ cards, in [\d.]+ s\.$/);
  await status.waitFor({ timeout: 120_000 });
  const onScreen = Date.now() - t0;
  const seconds = Number(/in ([\d.]+) s\./.exec((await status.textContent())!)![1]);
  return { ready: seconds * 1000, onScreen };
}

/** The app started afresh (a reload of Today), then Stats tapped: the worker starts and opens the store. */
async function afterStart(page: Page, url: string) {
  await page.goto(`${url}/`);
  await page.locator('.count-new').first().waitFor({ timeout: 120_000 });
  return tapStats(page);
}

/** Back to Stats from Today by the tab bar, in the same visit. */
async function again(page: Page) {
  await tab(page, 'Today');
  await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
  return tapStats(page);
}

async function main() {
  const code = await bundle();
  const server = await startServer();
  const browser = await launchPersistent(PHONE);
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(`${server.url}/`);
    await page.locator('.count-new').first().waitFor({ timeout: 60_000 });
    const call = await benchPage(page, server.url, code);
    const t0 = Date.now();
    const seeded = await call('seed', CARDS, REVIEWS, 7);
    console.log(
      `seed: ${seeded.reviews} reviews of ${seeded.studied} cards, ${seeded.cards} cards in all, written in ${((Date.now() - t0) / 1000).toFixed(0)} s`,
    );

    const first = await afterStart(page, server.url);
    const runs: { ready: number; onScreen: number }[] = [];
    const returns: { ready: number; onScreen: number }[] = [];
    for (let i = 0; i < RUNS; i++) {
      runs.push(await afterStart(page, server.url));
      returns.push(await again(page));
    }
    const baseline: number[] = [];
    for (let i = 0; i < 3; i++) baseline.push(await call('baselineMs'));

    const statsMs = median(runs.map((r) => r.ready));
    const rows: [string, string, string][] = [
      ['figures ready, Stats tapped after the app starts', `${statsMs.toFixed(0)} ms`, `≤ 500 ms${statsMs <= 500 ? '  ok' : '  MISSED'}`],
      ['  tap to figures on screen', `${median(runs.map((r) => r.onScreen)).toFixed(0)} ms`, ''],
      ['figures ready, back to Stats by the tab bar', `${median(returns.map((r) => r.ready)).toFixed(0)} ms`, ''],
      ['  tap to figures on screen', `${median(returns.map((r) => r.onScreen)).toFixed(0)} ms`, ''],
      ['very first open: the whole log digested', `${first.ready.toFixed(0)} ms`, ''],
      ['  baseline: every row read and gone over on the page', `${median(baseline).toFixed(0)} ms`, ''],
    ];
    console.log(
      `\nstatistics, headless Chromium 390×844, ${seeded.reviews} reviews, ${seeded.cards} cards; medians of ${RUNS} (baseline 3)`,
    );
    for (const [name, value, target] of rows) console.log(`${name.padEnd(56)} ${value.padEnd(10)} ${target}`);
    console.log(`insight: reviews=${seeded.reviews} stats_ms=${statsMs.toFixed(0)}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
