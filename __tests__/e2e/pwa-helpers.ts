// Helpers for the offline, install and update browser tests: a server that counts what reaches it,
// the routes the export has, the service worker's state, and what the page complained about.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import type { BrowserContext, Page } from 'playwright-core';

import '../server/support/esm-shims';
import { buildServer } from '@/server/app';

import { axeViolations, type AxeViolation } from './helpers/axe';
import { OUT_DIR } from './helpers/server';

export interface CountingServer {
  url: string;
  /** Requests that reached the server since the last reset. */
  requests: string[];
  /**
   * Playwright's setOffline covers pages and workers but not the browser's own service worker update
   * checks; with this off, the server drops every connection the way a dead network would.
   */
  online: boolean;
  close: () => Promise<void>;
}

export async function startCountingServer(outDir = OUT_DIR): Promise<CountingServer> {
  const app = await buildServer({ outDir });
  const server: CountingServer = { url: '', requests: [], online: true, close: () => app.close() };
  app.addHook('onRequest', async (request, reply) => {
    server.requests.push(`${request.method} ${request.url}`);
    if (server.online) return;
    reply.hijack();
    request.raw.socket.destroy();
  });
  server.url = await app.listen({ host: '127.0.0.1', port: 0 });
  return server;
}

/** Offline for the page, its workers and the browser's update checks alike. */
export async function setNetwork(context: BrowserContext, server: CountingServer, online: boolean): Promise<void> {
  await context.setOffline(!online);
  server.online = online;
}

/** True once React has hydrated the element: it then carries React's internal fiber key. */
export async function waitForHydration(page: Page, selector = 'h1'): Promise<void> {
  await page.waitForFunction((s) => {
    const element = document.querySelector(s);
    return element !== null && Object.keys(element).some((key) => key.startsWith('__reactFiber$'));
  }, selector);
}

/** Every page the export has, as the clean URL a user opens ("/", "/study"); not the error pages. */
export function exportedRoutes(outDir = OUT_DIR): string[] {
  return readdirSync(outDir)
    .filter((f) => f.endsWith('.html') && !['404.html', '_not-found.html'].includes(f))
    .map((f) => (f === 'index.html' ? '/' : `/${f.slice(0, -'.html'.length)}`))
    .sort();
}

/** The decks the build ships, in deck order. */
export function bundledDecks(outDir = OUT_DIR): { id: string; title: string }[] {
  return (JSON.parse(readFileSync(path.join(outDir, 'decks', 'bundle.json'), 'utf8')) as { decks: { id: string; title: string }[] }).decks;
}

export function firstDeckId(outDir = OUT_DIR): string {
  return bundledDecks(outDir)[0]!.id;
}

/** Resolves once a service worker controls the page (the worker claims clients on first install). */
export async function waitForController(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
  });
}

export interface PageProblems {
  errors: string[];
  cspViolations: string[];
}

/**
 * Collects uncaught errors and CSP violations, including ones the page catches (a library probing
 * for eval), which Chrome reports as issues and Lighthouse counts against best practices.
 * Call before the page navigates.
 */
export async function watchProblems(page: Page): Promise<PageProblems> {
  const problems: PageProblems = { errors: [], cspViolations: [] };
  page.on('pageerror', (error) => problems.errors.push(error.message));
  await page.exposeFunction('__reportCspViolation', (violation: string) => problems.cspViolations.push(violation));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation: (v: string) => void }).__reportCspViolation;
      report(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  return problems;
}

/** Precached text of a file as the controlling worker serves it. */
export async function fetchThroughWorker(page: Page, url: string): Promise<string> {
  return page.evaluate(async (u) => (await fetch(u)).text(), url);
}

const AXE_SOURCE = readFileSync(createRequire(__filename).resolve('axe-core/axe.min.js'), 'utf8');

/** axe under the page's real CSP: evaluated through DevTools, which the CSP does not govern, not as a <script>. */
export async function axeUnderCsp(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return axeViolations(page);
}
