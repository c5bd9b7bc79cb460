// Randomness for the quiz: a CSPRNG by default, a seeded generator for tests and replays.

/** Returns an integer in [0, maxExclusive). */
export type RandomSource = (maxExclusive: number) => number;

const UINT32_RANGE = 0x1_0000_0000;

export const cryptoRandom: RandomSource = (maxExclusive) => {
  if (!Number.isInteger(maxExclusive) || maxExclusive < 1 || maxExclusive > UINT32_RANGE) {
    throw new RangeError(`maxExclusive must be an integer from 1 to 2^32, got ${maxExclusive}`);
  }
  // Rejection sampling: drop the top sliver of the 32-bit range so every result is equally likely.
  const limit = UINT32_RANGE - (UINT32_RANGE % maxExclusive);
  const buffer = new Uint32Array(1);
  for (;;) {
    globalThis.crypto.getRandomValues(buffer);
    const value = buffer[0] as number;
    if (value < limit) return value % maxExclusive;
  }
};

/** mulberry32: fast, deterministic, not for secrets. */
export function seededRandom(seed: number): RandomSource {
  let a = seed >>> 0;
  return (maxExclusive) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const unit = ((t ^ (t >>> 14)) >>> 0) / UINT32_RANGE;
    return Math.floor(unit * maxExclusive);
  };
}

/** Fisher–Yates on a copy. */
export function shuffle<T>(items: readonly T[], random: RandomSource): T[] {
  const result = items.slice();
  for (let i = result.length - 1; i > 0; i--) {
    const j = random(i + 1);
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}
