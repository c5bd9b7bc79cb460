'use client';
// Live-game identities kept in sessionStorage (this tab only): the host's game, so a refresh of the
// projector laptop returns to it instead of orphaning it, and the player's token, so a refresh or a
// dropped network rejoins with the token (never by nickname) and keeps the score.
import { useMemo, useSyncExternalStore } from 'react';

export interface HostSession {
  gameId: string;
  code: string;
  hostToken: string;
  joinUrl: string;
  decks: string[];
  secondsPerQuestion: number;
  /** Set once the report is in IndexedDB, so a refresh at the podium does not keep it twice. */
  reportSaved?: boolean;
}

export interface PlayerSession {
  gameId: string;
  playerToken: string;
  nickname: string;
  /** The join code, for the game's heading (absent in sessions saved before it was kept). */
  code?: string;
}

// sessionStorage fires no event in its own tab, so each value tells its own subscribers when it
// changes. (Re-reading on render alone is not enough: `clear()` beside a state update that React
// bails out of, such as leaving a resumed game, would leave the screen on the old game.)
function sessionValue<T>(key: string) {
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((l) => l());
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };
  const read = (): string | null => {
    try {
      return sessionStorage.getItem(key);
    } catch {
      return null;
    }
  };
  return {
    save(value: T): void {
      try {
        sessionStorage.setItem(key, JSON.stringify(value));
      } catch {
        // Storage blocked or full: the game plays on, but a refresh cannot come back to it.
      }
      notify();
    },
    clear(): void {
      try {
        sessionStorage.removeItem(key);
      } catch {
        // Nothing was stored.
      }
      notify();
    },
    useValue(): T | null {
      const raw = useSyncExternalStore(subscribe, read, () => null);
      return useMemo(() => {
        if (raw === null) return null;
        try {
          return JSON.parse(raw) as T;
        } catch {
          return null;
        }
      }, [raw]);
    },
  };
}

export const hostSession = sessionValue<HostSession>('cc-host-game');
export const playerSession = sessionValue<PlayerSession>('cc-player');
