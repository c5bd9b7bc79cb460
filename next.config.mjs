/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  reactStrictMode: true,
  poweredByHeader: false,
  images: { unoptimized: true },
  // npm test type-checks the whole tree (tests included) in its own step; the build stays fast.
  typescript: { ignoreBuildErrors: true },
  // For Jest, which reads this through next/jest: these ship ES modules (marked's browser build;
  // content-disposition 3, required by @fastify/static) that Jest on Node 20 cannot require as is.
  transpilePackages: ['content-disposition', 'marked'],
  // The export is served from / by our own server or any static host.
  trailingSlash: false,
};

export default nextConfig;
