// Which Cache-Control each file of the static export gets.
const REVALIDATE = 'no-cache';
const IMMUTABLE = 'public, max-age=31536000, immutable';
const SHORT = 'public, max-age=3600';

/** `file` is the path relative to out/ with a leading slash, e.g. "/_next/static/chunks/a.js". */
export function cacheControlFor(file: string): string {
  if (file.startsWith('/_next/static/')) return IMMUTABLE;
  if (/\.(html|txt)$/.test(file)) return REVALIDATE;
  if (file === '/sw.js' || file.endsWith('.webmanifest') || file.endsWith('.json')) return REVALIDATE;
  if (/^\/workbox-[^/]*\.js$/.test(file)) return REVALIDATE;
  // The app's workers keep their names across versions (lib/pwa/worker-files.ts).
  if (file.startsWith('/workers/')) return REVALIDATE;
  return SHORT;
}
