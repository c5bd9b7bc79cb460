// Custom FSRS weights are checked against the ranges ts-fsrs clamps them to; the table is a copy
// (Settings must not load ts-fsrs), so this test fails when an upgrade changes ts-fsrs's own ranges.
import { createScheduler, DEFAULT_SRS, parseWeights, tsFsrsWeightRanges } from '@/lib/srs';
import { FSRS_WEIGHT_RANGES, weightOutOfRange } from '@/lib/srs/weight-ranges';

const W21 = [
  0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729,
  0.5425, 0.0912, 0.0658, 0.1542,
];

it('is the table of ranges ts-fsrs itself clamps w0–w20 to', () => {
  expect(FSRS_WEIGHT_RANGES.map(([min, max]) => [min, max])).toEqual(tsFsrsWeightRanges());
  expect(FSRS_WEIGHT_RANGES).toHaveLength(21);
});

it('accepts the FSRS-6 defaults, their FSRS-4.5 and FSRS-5 prefixes and every bound itself', () => {
  expect(weightOutOfRange(W21)).toBeNull();
  expect(weightOutOfRange(W21.slice(0, 17))).toBeNull();
  expect(weightOutOfRange(W21.slice(0, 19))).toBeNull();
  expect(weightOutOfRange(FSRS_WEIGHT_RANGES.map(([min]) => min))).toBeNull();
  expect(weightOutOfRange(FSRS_WEIGHT_RANGES.map(([, max]) => max))).toBeNull();
});

it('names the first weight outside its range, with the range', () => {
  expect(weightOutOfRange(Array(17).fill(-50))).toEqual({ index: 0, value: -50, min: 0.001, max: 100 });
  const late = [...W21];
  late[19] = 0.9;
  late[12] = 0.3;
  expect(weightOutOfRange(late)).toEqual({ index: 12, value: 0.3, min: 0.001, max: 0.25 });
});

it('refuses 17 × −50 in Settings’ parser and in the scheduler, saying which weight and what range', () => {
  const message = 'FSRS weight w0 (the 1st number) is -50; it must be from 0.001 to 100';
  expect(parseWeights(Array(17).fill('-50').join(', '))).toEqual({ error: message });
  expect(() => createScheduler({ ...DEFAULT_SRS, weights: Array(17).fill(-50) })).toThrow(`${message}.`);
  const w = [...W21];
  w[4] = 11;
  expect(parseWeights(w.join(' '))).toEqual({ error: 'FSRS weight w4 (the 5th number) is 11; it must be from 1 to 10' });
});
