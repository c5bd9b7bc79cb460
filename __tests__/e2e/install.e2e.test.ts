/** @jest-environment node */
// Installable, and accessible: Chromium's own installability check and manifest parser find nothing
// to object to, and every screen passes axe in light and dark at a phone viewport.
import '../server/support/esm-shims';

import type { Page } from 'playwright-core';

import { launchPersistent, type PersistentContext } from './helpers/browser';
import { axeUnderCsp, exportedRoutes, startCountingServer, waitForController, waitForHydration, type CountingServer } from './pwa-helpers';

let server: CountingServer;
let browser: PersistentContext;
let page: Page;

beforeAll(async () => {
  server = await startCountingServer();
  browser = await launchPersistent();
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(`${server.url}/`);
  await waitForController(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface ManifestResult {
  url: string;
  errors: { message: string; critical: number }[];
  parsed?: { name?: string; shortName?: string; display?: string; icons?: unknown[] };
}

describe('install', () => {
  it('parses the web app manifest without errors', async () => {
    const cdp = await browser.context.newCDPSession(page);
    const manifest = (await cdp.send('Page.getAppManifest')) as unknown as ManifestResult;
    expect(manifest.url).toBe(`${server.url}/manifest.webmanifest`);
    expect(manifest.errors).toEqual([]);
    await cdp.detach();
  });

  it('reports no installability errors', async () => {
    const cdp = await browser.context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    await cdp.detach();
  });

  it('serves every manifest icon and screenshot', async () => {
    const manifest = await (await fetch(`${server.url}/manifest.webmanifest`)).json();
    const images = [...manifest.icons, ...manifest.screenshots].map((i: { src: string }) => i.src);
    for (const src of images) {
      const response = await fetch(`${server.url}${src}`);
      expect([src, response.status, response.headers.get('content-type')]).toEqual([src, 200, 'image/png']);
    }
  });
});

describe.each(['light', 'dark'] as const)('accessibility in %s mode', (scheme) => {
  it.each(exportedRoutes())('%s has no axe violations', async (route) => {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await page.goto(`${server.url}${route}`);
    await waitForHydration(page);
    // Give client-rendered content (the deck list, settings) a moment to replace its placeholders.
    await page.waitForLoadState('networkidle');
    expect(await axeUnderCsp(page)).toEqual([]);
  });
});
