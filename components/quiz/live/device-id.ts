'use client';
// This device's player identifier for live games: random, made here once and kept in localStorage,
// sent on join so a host's reports recognise the same player across games (never by nickname).
// It is an identifier, not a secret: it lets nobody into a game.
const KEY = 'quiz-device-id';

function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** The stored identifier, made on first use; undefined when storage is blocked (then none is sent). */
export function playerDeviceId(): string | undefined {
  try {
    const kept = localStorage.getItem(KEY);
    if (kept !== null && /^[A-Za-z0-9_-]{16,64}$/.test(kept)) return kept;
    const made = randomId();
    localStorage.setItem(KEY, made);
    return made;
  } catch {
    return undefined;
  }
}
