/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  reactStrictMode: true,
  poweredByHeader: false,
  images: { unoptimized: true },
  // npm test type-checks the whole tree (tests included) in its own step; the build stays fast.
  typescript: { ignoreBuildErrors: true },
  // Only for Jest (next/jest reads this): @fastify/static requires content-disposition 3, an ES
  // module that Jest on Node 20 cannot require untransformed. The app never imports it.
  transpilePackages: ['content-disposition'],
  // The export is served from / by our own server or any static host.
  trailingSlash: false,
};

export default nextConfig;
