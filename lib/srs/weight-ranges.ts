// The range ts-fsrs allows each FSRS weight (w0–w20), so Settings can refuse a weight ts-fsrs would
// quietly clamp. A copy, not an import: Settings checks weights without loading ts-fsrs.
// __tests__/srs/weight-ranges.test.ts compares it with ts-fsrs's own CLAMP_PARAMETERS (through the
// adapter), so an upgrade that moves a range fails there. With two or more relearning steps ts-fsrs
// also lowers w17 and w18's ceiling by a formula over other weights; that is not checked here.

/** [min, max] per weight: CLAMP_PARAMETERS(W17_W18_Ceiling, enable_short_term = true) of ts-fsrs 5.4. */
export const FSRS_WEIGHT_RANGES: readonly (readonly [number, number])[] = [
  [0.001, 100],
  [0.001, 100],
  [0.001, 100],
  [0.001, 100],
  [1, 10],
  [0.001, 4],
  [0.001, 4],
  [0.001, 0.75],
  [0, 4.5],
  [0, 0.8],
  [0.001, 3.5],
  [0.001, 5],
  [0.001, 0.25],
  [0.001, 0.9],
  [0, 4],
  [0, 1],
  [1, 6],
  [0, 2],
  [0, 2],
  [0.01, 0.8],
  [0.1, 0.8],
];

export interface WeightOutOfRange {
  index: number;
  value: number;
  min: number;
  max: number;
}

/** The first weight outside its range, or null when every one is inside (bounds included). */
export function weightOutOfRange(weights: readonly number[]): WeightOutOfRange | null {
  for (const [index, value] of weights.entries()) {
    const range = FSRS_WEIGHT_RANGES[index];
    if (!range) return null;
    const [min, max] = range;
    if (!(value >= min && value <= max)) return { index, value, min, max };
  }
  return null;
}
