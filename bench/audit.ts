// npm run audit: Lighthouse 12.2.3 in mobile emulation on the built app's home, study and statistics screens,
// served by the project's server, against a bare Next.js export page (an empty layout and one
// heading) built and measured in the same run as the floor, since this machine is slow. Also the
// gzip size of the JavaScript the home route loads first.
// Targets: performance ≥ 0.90 and within 0.03 of the bare page, accessibility 1, best practices 1,
// first-load JavaScript of the home and statistics routes ≤ 150 KB gzip (the other pages' is printed too).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

import { CHROMIUM_ARGS } from '../__tests__/e2e/helpers/browser';
import { buildServer } from '../server/app';

const ROOT = path.join(__dirname, '..');
const OUT_DIR = path.join(ROOT, 'out');
// Inside the repository so Turbopack resolves `next` from our node_modules; bench/results is ignored by git.
const FLOOR_DIR = path.join(ROOT, 'bench', 'results', 'floor-app');
const RESULTS_FILE = path.join(ROOT, 'bench', 'results', 'audit.json');
const RUNS = Math.max(1, Number(process.env.AUDIT_RUNS ?? 3));
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = CHROMIUM_ARGS;
const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
type Category = (typeof CATEGORIES)[number];

const TARGET = { performance: 0.9, floorMargin: 0.03, accessibility: 1, bestPractices: 1, firstLoadKb: 150 };

interface Target {
  label: string;
  url: string;
  outDir: string;
  htmlFile: string;
  /** The first-load JavaScript target is the home route's (the issue's); other pages print theirs. */
  firstLoadTarget: boolean;
}

interface RunResult {
  lhr: unknown;
  scores: Record<Category, number>;
  /** Audits under 1 in accessibility and best practices: what to fix. */
  misses: string[];
}

interface PageResult {
  label: string;
  firstLoadTarget: boolean;
  scores: Record<Category, number>;
  performanceRuns: number[];
  misses: string[];
  firstLoadJsGzip: number;
}

/** The scripts a page's HTML loads on arrival (module browsers skip nomodule), gzipped at level 9. */
export function firstLoadJsGzip(outDir: string, htmlFile: string): number {
  const html = readFileSync(path.join(outDir, htmlFile), 'utf8');
  const sources = new Set<string>();
  for (const [tag, src] of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)) {
    if (!/\bnomodule\b/i.test(tag) && src?.startsWith('/')) sources.add(src.split('?')[0]!);
  }
  let bytes = 0;
  for (const src of sources) bytes += gzipSync(readFileSync(path.join(outDir, src)), { level: 9 }).length;
  return bytes;
}

function buildFloorApp(): string {
  rmSync(FLOOR_DIR, { recursive: true, force: true });
  mkdirSync(path.join(FLOOR_DIR, 'app'), { recursive: true });
  writeFileSync(path.join(FLOOR_DIR, 'next.config.mjs'), "export default { output: 'export' };\n");
  writeFileSync(
    path.join(FLOOR_DIR, 'app', 'layout.jsx'),
    "export const metadata = { title: 'Floor', description: 'A bare Next.js export page.' };\n" +
      'export default function Layout({ children }) {\n  return (<html lang="en"><body>{children}</body></html>);\n}\n',
  );
  writeFileSync(path.join(FLOOR_DIR, 'app', 'page.jsx'), 'export default function Page() {\n  return <h1>Hello</h1>;\n}\n');
  execFileSync(process.execPath, [require.resolve('next/dist/bin/next'), 'build', FLOOR_DIR], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  return path.join(FLOOR_DIR, 'out');
}

async function serve(outDir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const app = await buildServer({ outDir });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return { url, close: () => app.close() };
}

async function runLighthouse(url: string, port: number): Promise<RunResult> {
  const { default: lighthouse } = await import('lighthouse');
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? 0])) as Record<Category, number>;
  const misses = (['accessibility', 'best-practices'] as const).flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${category}: ${ref.id} (${lhr.audits[ref.id]?.title ?? ''})`),
  );
  return { lhr, scores, misses };
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

function summarise(target: Target, runs: RunResult[], firstLoad: number): PageResult {
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(runs.map((r) => r.scores[c]))])) as Record<Category, number>;
  return {
    label: target.label,
    firstLoadTarget: target.firstLoadTarget,
    scores,
    performanceRuns: runs.map((r) => r.scores.performance),
    misses: [...new Set(runs.flatMap((r) => r.misses))],
    firstLoadJsGzip: firstLoad,
  };
}

function printTable(results: PageResult[]): void {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const rows = [
    ['page', 'performance (runs)', 'accessibility', 'best practices', 'first-load JS gzip'],
    ...results.map((r) => [
      r.label,
      `${r.scores.performance.toFixed(2)} (${r.performanceRuns.map((s) => s.toFixed(2)).join(' ')})`,
      r.scores.accessibility.toFixed(2),
      r.scores['best-practices'].toFixed(2),
      kb(r.firstLoadJsGzip),
    ]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  const line = (row: string[]) => row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ');
  console.log(`\n${line(rows[0]!)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of rows.slice(1)) console.log(line(row));
}

function verdicts(floor: PageResult, pages: PageResult[]): string[] {
  const perfFloor = Math.max(TARGET.performance, floor.scores.performance - TARGET.floorMargin);
  const lines: string[] = [];
  for (const page of pages) {
    const checks: [string, boolean][] = [
      [`performance ≥ ${perfFloor.toFixed(2)}`, page.scores.performance >= perfFloor],
      ['accessibility 1', page.scores.accessibility >= TARGET.accessibility],
      ['best practices 1', page.scores['best-practices'] >= TARGET.bestPractices],
    ];
    if (page.firstLoadTarget) checks.push([`first-load JS ≤ ${TARGET.firstLoadKb} KB`, page.firstLoadJsGzip <= TARGET.firstLoadKb * 1024]);
    lines.push(`${page.label}: ${checks.map(([name, ok]) => `${ok ? 'ok' : 'MISS'} ${name}`).join(', ')}`);
    for (const miss of page.misses) lines.push(`  below 1 in some run: ${miss}`);
  }
  return lines;
}

async function main(): Promise<void> {
  console.log('Building the bare Next.js page (the floor)…');
  const floorOut = buildFloorApp();
  const app = await serve(OUT_DIR);
  const floor = await serve(floorOut);
  const targets: Target[] = [
    { label: 'bare Next.js page', url: `${floor.url}/`, outDir: floorOut, htmlFile: 'index.html', firstLoadTarget: false },
    { label: '/ (home)', url: `${app.url}/`, outDir: OUT_DIR, htmlFile: 'index.html', firstLoadTarget: true },
    // The card needs the store and the scheduler: they load with the page, not after it.
    { label: '/study', url: `${app.url}/study`, outDir: OUT_DIR, htmlFile: 'study.html', firstLoadTarget: false },
    // A diagram card first: its picture and code load after the page, on demand.
    {
      label: '/study (a diagram card)',
      url: `${app.url}/study?deck=pictures`,
      outDir: OUT_DIR,
      htmlFile: 'study.html',
      firstLoadTarget: false,
    },
    // The charts come with the page; the figures are computed in a worker after it.
    { label: '/stats', url: `${app.url}/stats`, outDir: OUT_DIR, htmlFile: 'stats.html', firstLoadTarget: true },
  ];
  const firstLoad = new Map(targets.map((t) => [t, firstLoadJsGzip(t.outDir, t.htmlFile)]));
  const { launch } = await import('chrome-launcher');
  const chrome = await launch({ chromePath: CHROME_PATH, chromeFlags: CHROME_FLAGS });
  const runs = new Map<Target, RunResult[]>(targets.map((t) => [t, []]));
  try {
    // Interleaved, so a slow moment on this machine costs every page alike.
    for (let run = 1; run <= RUNS; run++) {
      for (const target of targets) {
        console.log(`Lighthouse run ${run}/${RUNS}: ${target.label}`);
        runs.get(target)!.push(await runLighthouse(target.url, chrome.port));
      }
    }
  } finally {
    chrome.kill();
    await app.close();
    await floor.close();
    rmSync(FLOOR_DIR, { recursive: true, force: true });
  }
  const results = targets.map((t) => summarise(t, runs.get(t)!, firstLoad.get(t)!));
  printTable(results);
  console.log(`\nTargets (performance: median of ${RUNS}, at least 0.90 and within 0.03 of the bare page):`);
  for (const line of verdicts(results[0]!, results)) console.log(line);
  for (const target of targets) {
    // The last full report of each page, for Lighthouse's viewer when a figure needs explaining.
    const file = path.join(ROOT, 'bench', 'results', `lighthouse-${target.label.replace(/[^a-z]+/gi, '-').replace(/^-|-$/g, '')}.json`);
    writeFileSync(file, JSON.stringify(runs.get(target)!.at(-1)!.lhr));
  }
  writeFileSync(RESULTS_FILE, `${JSON.stringify({ date: new Date().toISOString(), runs: RUNS, results }, null, 2)}\n`);
  console.log(`\nWritten to ${path.relative(ROOT, RESULTS_FILE)}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
