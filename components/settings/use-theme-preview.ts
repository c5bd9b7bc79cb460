'use client';
// A theme picked in Settings shows at once, before Save. Leaving Settings without saving puts the
// saved theme back, read afresh from the store (a Save just before leaving may have changed it).
import { useCallback, useEffect, useRef } from 'react';

import type { Theme } from '@/lib/db/prefs';

import { useDb } from '../db-provider';
import { showTheme } from '../theme-sync';

export function useThemePreview(): (theme: Theme) => void {
  const { db, store } = useDb();
  const previewed = useRef(false);
  useEffect(() => {
    if (!db || !store) return;
    return () => {
      if (previewed.current) void store.readPrefs(db).then((p) => showTheme(p.theme));
    };
  }, [db, store]);
  return useCallback((theme: Theme) => {
    previewed.current = true;
    showTheme(theme);
  }, []);
}
