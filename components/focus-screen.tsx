'use client';
// A screen that needs the whole window (a player's phone during a live game) asks the app frame to
// hide its chrome, header links and tab bar, for as long as it asks, so one stray tap cannot take
// the player out of it. The frame counts the requests; screens only ask, by what they are doing,
// never by matching the URL.
import { createContext, useContext, useEffect } from 'react';

/** Given by the app frame: +1 when a screen starts asking for focus, -1 when it stops. */
export const FocusScreenContext = createContext<((delta: 1 | -1) => void) | null>(null);

export function useFocusScreen(active: boolean): void {
  const request = useContext(FocusScreenContext);
  useEffect(() => {
    if (!active || request === null) return;
    request(1);
    return () => request(-1);
  }, [active, request]);
}
