// Custom FSRS weights: accepted when they are 17, 19 or 21 numbers (FSRS-4.5, 5 and 6), each inside
// the range ts-fsrs allows it.
import { weightOutOfRange } from './weight-ranges';

export const VALID_WEIGHT_COUNTS = [17, 19, 21] as const;

export function parseWeights(text: string): { weights: number[] | null } | { error: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { weights: null };
  const parts = trimmed
    .replace(/^\[|\]$/g, '')
    .split(/[\s,]+/)
    .filter(Boolean);
  const weights = parts.map(Number);
  const bad = parts.find((p, i) => !Number.isFinite(weights[i]));
  if (bad !== undefined) return { error: `"${bad}" is not a number` };
  return validateWeights(weights);
}

export function validateWeights(weights: number[]): { weights: number[] } | { error: string } {
  if (!(VALID_WEIGHT_COUNTS as readonly number[]).includes(weights.length)) {
    return { error: `FSRS weights must be 17, 19 or 21 numbers; got ${weights.length}` };
  }
  if (weights.some((w) => !Number.isFinite(w))) return { error: 'FSRS weights must be finite numbers' };
  const bad = weightOutOfRange(weights);
  if (bad)
    return {
      error: `FSRS weight w${bad.index} (the ${ordinal(bad.index + 1)} number) is ${bad.value}; it must be from ${bad.min} to ${bad.max}`,
    };
  return { weights };
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}
