// Nickname rules shared by every mode: NFKC, no control or invisible characters, 1–20 characters.

export const NICKNAME_MAX = 20;

// Cc and Cf cover controls, zero-width spaces and joiners, bidi overrides and the BOM; the rest
// are letters that render as blank space.
const INVISIBLE = /[\p{Cc}\p{Cf}\u115F\u1160\u3164\uFFA0\u2800\u034F\u180B-\u180F\uFE00-\uFE0F]/gu;

/** Returns the cleaned nickname, or undefined when nothing acceptable is left. */
export function normalizeNickname(raw: string): string | undefined {
  const cleaned = raw.normalize('NFKC').replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim();
  const length = [...cleaned].length;
  if (length < 1 || length > NICKNAME_MAX) return undefined;
  return cleaned;
}

/** Two nicknames that differ only in case are the same player name. */
export function nicknameKey(nickname: string): string {
  return nickname.toLocaleLowerCase('en-US').normalize('NFKC');
}
