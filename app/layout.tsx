import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';

import { AppFrame } from '@/components/app-frame';
import { DbProvider } from '@/components/db-provider';
import { BackgroundOptimizer } from '@/components/optimizer/background-optimizer';
import { THEME_BOOT_SCRIPT, ThemeSync } from '@/components/theme-sync';
import { UpdatePrompt } from '@/components/update-prompt';
import { THEME_COLORS } from '@/lib/pwa/theme-colors';

import './globals.css';

export const metadata: Metadata = {
  title: { default: 'containerd Cards', template: '%s · containerd Cards' },
  description: 'Learn containerd with spaced repetition, offline on your phone, and quiz your team.',
  applicationName: 'containerd Cards',
  icons: { icon: [{ url: '/icons/icon.svg', type: 'image/svg+xml' }], apple: '/icons/apple-touch-icon-180.png' },
  appleWebApp: { capable: true, title: 'containerd Cards', statusBarStyle: 'default' },
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  viewportFit: 'cover',
  themeColor: THEME_COLORS.map((c) => ({ ...c })),
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_BOOT_SCRIPT }} />
      </head>
      <body>
        <DbProvider>
          <ThemeSync />
          <UpdatePrompt />
          <BackgroundOptimizer />
          <AppFrame>{children}</AppFrame>
        </DbProvider>
      </body>
    </html>
  );
}
