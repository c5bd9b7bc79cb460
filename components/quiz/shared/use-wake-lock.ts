'use client';
// Keeps the screen on during a game: a projector laptop or a phone that dims mid-question loses
// the room. Best effort: browsers without the Wake Lock API, or that refuse it, just dim as usual.
import { useEffect } from 'react';

export function useWakeLock(active: boolean): void {
  useEffect(() => {
    if (!active || !('wakeLock' in navigator)) return;
    let lock: WakeLockSentinel | null = null;
    let stopped = false;
    const acquire = () => {
      if (document.visibilityState !== 'visible') return;
      navigator.wakeLock.request('screen').then(
        (l) => {
          if (stopped) void l.release();
          else lock = l;
        },
        () => undefined,
      );
    };
    // The browser releases the lock when the page is hidden; take it again on return.
    document.addEventListener('visibilitychange', acquire);
    acquire();
    return () => {
      stopped = true;
      document.removeEventListener('visibilitychange', acquire);
      void lock?.release();
    };
  }, [active]);
}
