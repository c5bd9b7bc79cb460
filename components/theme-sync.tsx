'use client';
// Applies the theme to <html data-theme> as "light" or "dark" ("system" resolved through
// prefers-color-scheme, and followed when it changes) and mirrors the choice to localStorage,
// which the inline script in the layout reads before first paint: no white flash in dark mode.
import { useEffect } from 'react';

import type { Theme } from '@/lib/db/prefs';

import { useDb } from './db-provider';
import { useLiveValue } from './use-live-value';

export const THEME_KEY = 'cc-theme';
const PREFERS_DARK = '(prefers-color-scheme: dark)';

/** Runs inline in <head>; keep it tiny and dependency-free (its hash goes into the CSP). */
export const THEME_BOOT_SCRIPT = `try{var t=localStorage.getItem('${THEME_KEY}');if(t!=='light'&&t!=='dark')t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light';document.documentElement.dataset.theme=t}catch(e){}`;

/** Shows a theme on <html data-theme> without storing it: ThemeSync for the saved one, Settings for a preview. */
export function showTheme(theme: Theme): void {
  const resolved = theme === 'system' ? (window.matchMedia(PREFERS_DARK).matches ? 'dark' : 'light') : theme;
  const root = document.documentElement;
  // Usually the boot script got it right already: writing it again would restyle the page.
  if (root.dataset.theme !== resolved) root.dataset.theme = resolved;
}

export function ThemeSync() {
  const { db, store } = useDb();
  // null until the stored choice is read: the boot script's theme stands until then.
  const theme = useLiveValue<Theme | null>(db && store ? () => store.readPrefs(db).then((p) => p.theme) : null, [db, store], null);
  useEffect(() => {
    if (theme === null) return;
    const query = window.matchMedia(PREFERS_DARK);
    const apply = () => showTheme(theme);
    apply();
    if (theme === 'system') query.addEventListener('change', apply);
    try {
      if (localStorage.getItem(THEME_KEY) !== theme) localStorage.setItem(THEME_KEY, theme);
    } catch {
      // Private mode without storage: the theme still applies for this visit.
    }
    return () => query.removeEventListener('change', apply);
  }, [theme]);
  return null;
}
