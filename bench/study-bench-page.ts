// The study benches' shared start: the bench bundle (bench/browser/study-bench-entry.ts) built with
// esbuild, the app served from out/, a persistent phone-sized Chromium profile with the bundled decks
// loaded, and a page with no live queries of its own that runs the bundle's functions.
import { build } from 'esbuild';
import { join } from 'node:path';

import { launchPersistent, PHONE, type PersistentContext } from '../__tests__/e2e/helpers/browser';
import { startServer, type RunningServer } from '../__tests__/e2e/helpers/server';

const ROOT = join(__dirname, '..');

export interface StudyBenchPage {
  server: RunningServer;
  browser: PersistentContext;
  /** Calls one of the bundle's functions (window.__bench) in the runner page. */
  call: <T>(name: string, ...args: unknown[]) => Promise<T>;
}

/** One of bench/browser's entries bundled for a page (an IIFE that sets its functions on window). */
export async function bundleBenchEntry(file: string): Promise<string> {
  const result = await build({
    entryPoints: [join(__dirname, 'browser', file)],
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

export async function openStudyBench(): Promise<StudyBenchPage> {
  const code = await bundleBenchEntry('study-bench-entry.ts');
  const server = await startServer();
  const browser = await launchPersistent({ ...PHONE, bypassCSP: true });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  // Load the bundled decks, then run the timings from a page with no live queries of its own.
  await page.goto(`${server.url}/`);
  // The deck list is prerendered; the counts appear once the bundled decks are in IndexedDB.
  await page.locator('.count-new').first().waitFor({ timeout: 30_000 });
  await page.goto(`${server.url}/bench-runner`);
  await page.getByRole('heading', { name: 'Page not found' }).waitFor();
  await page.addScriptTag({ content: code });
  const call = <T>(name: string, ...args: unknown[]) =>
    page.evaluate(
      ([n, a]) =>
        (window as unknown as { __bench: Record<string, (...x: unknown[]) => unknown> }).__bench[n as string](...(a as unknown[])),
      [name, args] as const,
    ) as Promise<T>;
  return { server, browser, call };
}
