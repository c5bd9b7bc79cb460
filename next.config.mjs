import { existsSync, readFileSync } from 'node:fs';

// The decks this build ships (npm run build compiles them first): the app skips fetching them
// on a returning visit when the database already holds this version.
const bundle = new URL('./public/decks/bundle.json', import.meta.url);
const decksVersion = existsSync(bundle) ? JSON.parse(readFileSync(bundle, 'utf8')).version : '';

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  reactStrictMode: true,
  poweredByHeader: false,
  env: { NEXT_PUBLIC_DECKS_VERSION: decksVersion },
  images: { unoptimized: true },
  // The stylesheet (about 3 KB compressed) goes inside each page: first paint then waits for one
  // request, not two. The CSP allows each <style> by its hash (scripts/build-headers.ts).
  experimental: { inlineCss: true },
  // npm test type-checks the whole tree (tests included) in its own step; the build stays fast.
  typescript: { ignoreBuildErrors: true },
  // For Jest, which reads this through next/jest: these ship ES modules (marked's browser build;
  // content-disposition 3, required by @fastify/static) that Jest on Node 20 cannot require as is.
  transpilePackages: ['content-disposition', 'marked'],
  // The export is served from / by our own server or any static host.
  trailingSlash: false,
};

export default nextConfig;
