// Nickname rules shared by every mode (and the join form): NFKC, whitespace collapsed, 1–20
// characters, nothing invisible or unpaired, and uniqueness by a confusable skeleton (TR39).
import { skeleton } from './confusables';

/** The longest nickname, in code points after cleaning. The join form uses it too. */
export const NICKNAME_MAX = 20;

export type NicknameCheck = { ok: true; nickname: string } | { ok: false; error: string };

export const NICKNAME_ERRORS = {
  length: `nickname must be 1 to ${NICKNAME_MAX} visible characters`,
  invisible: 'nickname may not contain invisible or control characters',
  unpaired: 'nickname may not contain private-use, unassigned or unpaired characters',
  marks: 'nickname must start with a letter, digit or symbol, not an accent',
} as const;

// Characters that show nothing: controls and formats (zero-width, bidi, tags, soft hyphen),
// blank-looking letters (Hangul fillers, braille blank), the Khmer inherent vowels, the combining
// grapheme joiner and the Mongolian variation selectors. Joiners and variation selectors are
// judged one by one below.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u115F\u1160\u3164\uFFA0\u2800\u17B4\u17B5\u034F\u180B-\u180F\u{E0100}-\u{E01EF}]/u;
const UNPAIRED = /[\p{Co}\p{Cs}\p{Cn}]/u;
const MARK = /\p{M}/u;
const PICTOGRAPH = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\u{1F1E6}-\u{1F1FF}]/u;
const JOINABLE_LETTER = /[\p{L}\p{M}]/u;
const LATIN_GREEK_CYRILLIC = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]/u;
/** More combining marks than this on one character is "Zalgo" text, not a name. */
const MAX_MARKS_IN_A_ROW = 4;

/** A letter of a script that uses joiners inside words (not Latin, Greek or Cyrillic). */
const inScript = (c: string) => JOINABLE_LETTER.test(c) && !LATIN_GREEK_CYRILLIC.test(c);

/**
 * A zero-width joiner is fine inside an emoji sequence (👩‍💻); both joiners are fine between
 * letters of scripts that use them (Persian, Indic); a variation selector only after an emoji.
 */
function allowedJoiner(ch: string, before: string | undefined, after: string | undefined): boolean {
  if (before === undefined) return false;
  if (ch === '\uFE0E' || ch === '\uFE0F') return PICTOGRAPH.test(before);
  if (after === undefined) return false;
  if (ch === '\u200D' && (PICTOGRAPH.test(before) || before === '\uFE0F') && PICTOGRAPH.test(after)) return true;
  return inScript(before) && inScript(after);
}

const JOINERS = new Set(['\u200C', '\u200D', '\uFE0E', '\uFE0F']);
const VARIATION_SELECTORS = /[\uFE00-\uFE0D]/u;

/** Cleans a nickname, or says why it is refused. */
export function checkNickname(raw: string): NicknameCheck {
  // Surrogates first: NFKC and the regexps below would hide or mangle a lone one.
  if (UNPAIRED.test(raw)) return { ok: false, error: NICKNAME_ERRORS.unpaired };
  const cleaned = raw.normalize('NFKC').replace(/\s+/gu, ' ').trim();
  const chars = [...cleaned];
  if (chars.length < 1 || chars.length > NICKNAME_MAX) return { ok: false, error: NICKNAME_ERRORS.length };
  if (UNPAIRED.test(cleaned)) return { ok: false, error: NICKNAME_ERRORS.unpaired };
  let marks = 0;
  for (const [i, ch] of chars.entries()) {
    if (JOINERS.has(ch)) {
      if (!allowedJoiner(ch, chars[i - 1], chars[i + 1])) return { ok: false, error: NICKNAME_ERRORS.invisible };
      continue;
    }
    if (INVISIBLE.test(ch) || VARIATION_SELECTORS.test(ch)) return { ok: false, error: NICKNAME_ERRORS.invisible };
    if (MARK.test(ch)) {
      if (i === 0 || chars[i - 1] === ' ') return { ok: false, error: NICKNAME_ERRORS.marks };
      if (++marks > MAX_MARKS_IN_A_ROW) return { ok: false, error: NICKNAME_ERRORS.marks };
    } else marks = 0;
  }
  return { ok: true, nickname: cleaned };
}

/** Returns the cleaned nickname, or undefined when it is refused (see checkNickname for why). */
export function normalizeNickname(raw: string): string | undefined {
  const result = checkNickname(raw);
  return result.ok ? result.nickname : undefined;
}

const fold = (text: string) => text.toLocaleLowerCase('en-US');

/**
 * Comparison keys: two nicknames are the same player name when any key of one equals any key of
 * the other. One key is the skeleton of the name as typed (so "AIice" with a capital I meets
 * "alice"), the other the skeleton of its lower case (so "Ivan" meets "ivan"); both are folded.
 */
export function nicknameKeys(nickname: string): string[] {
  const keys = [fold(skeleton(nickname)), fold(skeleton(fold(nickname)))];
  return keys[0] === keys[1] ? [keys[0] as string] : keys;
}

export function sameNickname(a: readonly string[], b: readonly string[]): boolean {
  return a.some((key) => b.includes(key));
}
