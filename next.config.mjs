/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  reactStrictMode: true,
  poweredByHeader: false,
  images: { unoptimized: true },
  // The export is served from / by our own server or any static host.
  trailingSlash: false,
};

export default nextConfig;
