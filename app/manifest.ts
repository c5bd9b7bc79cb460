import type { MetadataRoute } from 'next';

import { LIGHT_BACKGROUND } from '@/lib/pwa/theme-colors';

// A static export can only emit metadata routes that are static.
export const dynamic = 'force-static';

export default function manifest(): MetadataRoute.Manifest {
  return {
    id: '/',
    name: 'containerd Cards',
    short_name: 'ctrd Cards',
    description: 'Learn containerd with spaced repetition, offline, on your phone; quiz your team live.',
    lang: 'en',
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    orientation: 'any',
    // The manifest holds one colour; the layout's theme-color meta tags switch it for dark mode.
    theme_color: LIGHT_BACKGROUND,
    background_color: LIGHT_BACKGROUND,
    categories: ['education', 'productivity'],
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
    screenshots: [
      {
        src: '/screenshots/narrow.png',
        sizes: '390x844',
        type: 'image/png',
        form_factor: 'narrow',
        label: 'Studying a containerd card on a phone',
      },
      {
        src: '/screenshots/wide.png',
        sizes: '1280x800',
        type: 'image/png',
        form_factor: 'wide',
        label: 'The deck overview on a laptop',
      },
    ],
    shortcuts: [
      {
        name: 'Study now',
        short_name: 'Study',
        description: 'Review the cards due today',
        url: '/study',
        icons: [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }],
      },
    ],
  };
}
