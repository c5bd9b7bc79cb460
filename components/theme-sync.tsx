'use client';
// Applies the chosen theme to <html data-theme> and mirrors it to localStorage, which the inline
// script in the layout reads before first paint so a dark-mode user never sees a white flash.
import { useEffect } from 'react';

import { usePrefs } from './db-provider';

export const THEME_KEY = 'cc-theme';

/** Runs inline in <head>; keep it tiny and dependency-free (its hash goes into the CSP). */
export const THEME_BOOT_SCRIPT = `try{var t=localStorage.getItem('${THEME_KEY}');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`;

export function ThemeSync() {
  const { theme } = usePrefs();
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
    try {
      localStorage.setItem(THEME_KEY, theme);
    } catch {
      // Private mode without storage: the theme still applies for this visit.
    }
  }, [theme]);
  return null;
}
