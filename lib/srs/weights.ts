// Custom FSRS weights: accepted when they are 17, 19 or 21 finite numbers (FSRS-4.5, 5 and 6).

export const VALID_WEIGHT_COUNTS = [17, 19, 21] as const;

export function parseWeights(text: string): { weights: number[] | null } | { error: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { weights: null };
  const parts = trimmed.replace(/^\[|\]$/g, '').split(/[\s,]+/).filter(Boolean);
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
  if (weights.slice(0, 4).some((w) => w <= 0)) return { error: 'the first four FSRS weights (initial stabilities) must be positive' };
  return { weights };
}
