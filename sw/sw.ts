// The service worker: precaches the whole static export so every screen cold-starts offline, answers
// unknown pages with the offline page when the network is gone, and updates only when the user asks.
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute, setCatchHandler } from 'workbox-routing';
import { NetworkOnly } from 'workbox-strategies';

export {};
declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<PrecacheEntry | string> };

const OFFLINE_PAGE = '/offline.html';

// workbox-window's messageSkipWaiting() sends this when the user presses "Reload".
self.addEventListener('message', (event: ExtendableMessageEvent) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

cleanupOutdatedCaches();
// Lets the very first visit work offline without a reload; updates still wait for the user.
clientsClaim();

// cleanURLs maps /study to study.html; dropping every query maps /study?deck=x and ?_rsc=… to the files.
precacheAndRoute(self.__WB_MANIFEST, { cleanURLs: true, ignoreURLParametersMatching: [/.*/] });

// Next's router checks a page with HEAD before prefetching its segments; the precache only answers GET.
function pageFiles(pathname: string): string[] {
  const clean = pathname.replace(/\/+$/, '');
  return clean === '' ? ['/index.html'] : [clean, `${clean}.html`, `${clean}/index.html`];
}

registerRoute(
  ({ sameOrigin, url }) => sameOrigin && !url.pathname.startsWith('/api/'),
  async ({ request, url }) => {
    for (const file of pageFiles(url.pathname)) {
      const cached = await matchPrecache(file);
      if (cached) return new Response(null, { status: cached.status, headers: cached.headers });
    }
    return fetch(request);
  },
  'HEAD',
);

// Pages the export does not have still go to the network first (the server's 404 when online).
registerRoute(new NavigationRoute(new NetworkOnly(), { denylist: [/^\/api\//] }));

setCatchHandler(async ({ request }) => {
  if (request.mode === 'navigate') {
    const offline = await matchPrecache(OFFLINE_PAGE);
    if (offline) return offline;
  }
  return Response.error();
});
