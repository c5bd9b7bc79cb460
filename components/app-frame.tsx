'use client';
// The frame around every screen: a header, the content, and a tab bar within thumb reach. A focus
// screen (components/focus-screen.tsx) can ask for the chrome to go while it runs.
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useCallback, useEffect, useState, type ReactNode } from 'react';

import { whenSettled } from '@/lib/pwa/when-settled';

import { FocusScreenContext } from './focus-screen';
import { prefetchStats, startStatsWorker } from './stats/stats-client';

export const TABS = [
  { href: '/', label: 'Today' },
  { href: '/decks', label: 'Decks' },
  { href: '/browse', label: 'Browse' },
  { href: '/quiz', label: 'Quiz' },
  { href: '/stats', label: 'Stats' },
  { href: '/settings', label: 'Settings' },
] as const;

/** What a tab starts as soon as it is pressed, while its screen loads. */
const ON_PRESS: Partial<Record<(typeof TABS)[number]['href'], () => void>> = { '/stats': prefetchStats };

const LOGO = (
  <svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true">
    <rect x="3" y="5" width="14" height="16" rx="3" fill="none" stroke="currentColor" strokeWidth="2" />
    <path d="M7 3h11a3 3 0 0 1 3 3v12" fill="none" stroke="currentColor" strokeWidth="2" />
  </svg>
);

export function AppFrame({ children }: { children: ReactNode }) {
  const path = usePathname() ?? '/';
  const current = (href: string) => (href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`));
  const [focusRequests, setFocusRequests] = useState(0);
  const requestFocus = useCallback((delta: 1 | -1) => setFocusRequests((n) => n + delta), []);
  const focus = focusRequests > 0;
  // The statistics' worker loads and opens the store once the app is idle, so a tap on Stats finds it
  // ready and only the figures' read is left, started at the press (ON_PRESS).
  useEffect(() => {
    void whenSettled().then(startStatsWorker);
  }, []);
  return (
    <div className="app" data-focus={focus ? '' : undefined}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        {focus ? (
          <span className="brand">
            {LOGO}
            containerd Cards
          </span>
        ) : (
          // No prefetch, like the tabs: it would fetch on every first paint, and the service worker
          // holds every screen after the first visit.
          <Link className="brand" href="/" prefetch={false}>
            {LOGO}
            containerd Cards
          </Link>
        )}
      </header>
      {!focus && (
        <nav className="tabbar" aria-label="Main">
          {TABS.map((t) => {
            const press = current(t.href) ? undefined : ON_PRESS[t.href];
            return (
              <Link
                key={t.href}
                href={t.href}
                prefetch={false}
                aria-current={current(t.href) ? 'page' : undefined}
                onPointerDown={press}
                onClick={press}
              >
                {t.label}
              </Link>
            );
          })}
        </nav>
      )}
      <main id="main" className="main">
        <FocusScreenContext.Provider value={requestFocus}>{children}</FocusScreenContext.Provider>
      </main>
    </div>
  );
}
