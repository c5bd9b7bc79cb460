// The FSRS-6 memory model against fsrs-rs's own test values (inference.rs test_memory_state and
// test_memo_state): the optimizer fits parameters to fsrs-rs's model, and the hold-out evaluation and
// the statistics must predict with the same one.
import { clipParameters, decayOf, FSRS6_DEFAULTS, fsrsModel, retrievability, toFsrs6 } from '@/lib/srs/fsrs-model';

const reviews = (ratings: number[], days: number[]) => ratings.map((rating, i) => ({ rating, deltaT: days[i] }));

describe('FSRS-6 memory model', () => {
  it('matches fsrs-rs with the default parameters, same-day reviews included', () => {
    const state = fsrsModel().memoryState(reviews([1, 3, 3, 3, 3, 3], [0, 0, 1, 3, 8, 21]));
    expect(state.stability).toBeCloseTo(53.62691, 3);
    expect(state.difficulty).toBeCloseTo(6.3574867, 4);
  });

  it('matches fsrs-rs with the short-term parameters switched off', () => {
    const w = [...FSRS6_DEFAULTS];
    w[17] = 0;
    w[18] = 0;
    w[19] = 0;
    expect(fsrsModel(w).memoryState(reviews([1, 3, 3, 3, 3, 3], [0, 0, 1, 3, 8, 21])).stability).toBeCloseTo(53.335106, 3);
  });

  it('matches fsrs-rs with FSRS-5 (19) parameters, extended as fsrs-rs extends them', () => {
    const fsrs5 = [
      0.6845422, 1.6790825, 4.7349424, 10.042885, 7.4410233, 0.64219797, 1.071918, 0.0025195254, 1.432437, 0.1544, 0.8692766, 2.0696752,
      0.0953, 0.2975, 2.4691248, 0.19542035, 3.201072, 0.18046261, 0.121442534,
    ];
    expect(toFsrs6(fsrs5).slice(19)).toEqual([0, 0.5]);
    const state = fsrsModel(fsrs5).memoryState(reviews([1, 3, 3, 3, 3], [0, 1, 3, 8, 21]));
    expect(state.stability).toBeCloseTo(31.722992, 3);
    expect(state.difficulty).toBeCloseTo(7.382128, 4);
  });

  it('forgets along the power curve: 90% recall when the time elapsed equals the stability', () => {
    expect(retrievability(10, 10, 0.1542)).toBeCloseTo(0.9, 12);
    expect(retrievability(10, 10, 0.5)).toBeCloseTo(0.9, 12);
    expect(retrievability(0, 10, 0.1542)).toBe(1);
    expect(retrievability(100, 10, 0.1542)).toBeLessThan(retrievability(20, 10, 0.1542));
    expect(decayOf(null)).toBe(0.1542);
    expect(decayOf(FSRS6_DEFAULTS.slice(0, 19))).toBe(0.5);
  });

  it('keeps parameters within fsrs-rs bounds and refuses lengths it does not know', () => {
    const wild = FSRS6_DEFAULTS.map(() => 1000);
    const clipped = clipParameters(wild);
    expect(clipped[0]).toBe(100);
    expect(clipped[20]).toBe(0.8);
    expect(() => toFsrs6([1, 2, 3])).toThrow('17, 19 or 21');
  });
});
