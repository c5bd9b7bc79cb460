import { createScheduler, DEFAULT_SRS, formatInterval, newSchedState, parseSteps, parseWeights, type Rating } from '@/lib/srs';

const T0 = Date.UTC(2026, 10, 2, 9, 0, 0);
const MIN = 60_000;
const DAY = 86_400_000;

describe('FSRS adapter', () => {
  const s = createScheduler({ ...DEFAULT_SRS, enableFuzz: false });

  it('walks a new card through the 1m 10m learning steps', () => {
    const fresh = s.newState(T0);
    expect(fresh.phase).toBe('new');
    const p = s.preview(fresh, T0, 'c1');
    expect(p[1].due - T0).toBe(1 * MIN);
    expect(p[3].due - T0).toBe(10 * MIN);
    expect(p[3].phase).toBe('learning');
    expect(p[4].phase).toBe('review');
    expect(p[4].due - T0).toBeGreaterThanOrEqual(DAY);

    const afterGood = s.answer(fresh, 3, T0, 'c1');
    const graduated = s.answer(afterGood, 3, T0 + 10 * MIN, 'c1');
    expect(graduated.phase).toBe('review');
    expect(graduated.scheduledDays).toBeGreaterThanOrEqual(1);
  });

  it('relearns a lapsed review card with the 10m relearning step', () => {
    let st = s.answer(s.newState(T0), 4, T0, 'c2');
    const t = st.due;
    st = s.answer(st, 1, t, 'c2');
    expect(st.phase).toBe('relearning');
    expect(st.due - t).toBe(10 * MIN);
    expect(st.lapses).toBe(1);
  });

  it('honours edited steps', () => {
    const custom = createScheduler({ ...DEFAULT_SRS, enableFuzz: false, learningSteps: ['5m', '1h'] });
    const fresh = custom.newState(T0);
    expect(custom.preview(fresh, T0, 'x')[1].due - T0).toBe(5 * MIN);
    expect(custom.preview(fresh, T0, 'x')[3].due - T0).toBe(60 * MIN);
  });

  it('orders intervals Again < Hard < Good < Easy for a review card', () => {
    const st = s.answer(s.newState(T0), 4, T0, 'c3');
    const p = s.preview(st, st.due, 'c3');
    const iv = ([1, 2, 3, 4] as Rating[]).map((r) => p[r].due - st.due);
    expect(iv[0]).toBeLessThan(iv[1]);
    expect(iv[1]).toBeLessThan(iv[2]);
    expect(iv[2]).toBeLessThan(iv[3]);
  });

  it('respects the maximum interval', () => {
    const capped = createScheduler({ ...DEFAULT_SRS, enableFuzz: false, maximumIntervalDays: 3 });
    let st = capped.newState(T0);
    for (let i = 0; i < 6; i++) st = capped.answer(st, 4, st.due, 'm');
    expect(st.scheduledDays).toBeLessThanOrEqual(3);
  });

  it('fuzz is seeded per card: same card and history give the same due, other cards may differ', () => {
    const fuzzy = createScheduler(DEFAULT_SRS);
    const run = (id: string) => {
      let st = fuzzy.newState(T0);
      for (let i = 0; i < 4; i++) st = fuzzy.answer(st, 3, Math.max(st.due, T0), id);
      return st.due;
    };
    expect(run('alpha')).toBe(run('alpha'));
    const dues = new Set(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map(run));
    expect(dues.size).toBeGreaterThan(1);
  });

  it('higher desired retention gives shorter intervals', () => {
    const lo = createScheduler({ ...DEFAULT_SRS, enableFuzz: false, desiredRetention: 0.8 });
    const hi = createScheduler({ ...DEFAULT_SRS, enableFuzz: false, desiredRetention: 0.97 });
    const review = (sch: typeof lo) => {
      const st = sch.answer(sch.newState(T0), 4, T0, 'r');
      return sch.answer(st, 3, st.due, 'r').scheduledDays;
    };
    expect(review(hi)).toBeLessThan(review(lo));
  });

  it('accepts 17, 19 or 21 custom weights and refuses others with a message', () => {
    const w21 = [
      0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729,
      0.5425, 0.0912, 0.0658, 0.1542,
    ];
    expect(parseWeights(w21.join(', '))).toEqual({ weights: w21 });
    expect(parseWeights(w21.slice(0, 17).join(' '))).toEqual({ weights: w21.slice(0, 17) });
    expect(parseWeights('1 2 3')).toEqual({ error: 'FSRS weights must be 17, 19 or 21 numbers; got 3' });
    expect(parseWeights('1 2 x')).toEqual({ error: '"x" is not a number' });
    expect(parseWeights('')).toEqual({ weights: null });
    expect(() => createScheduler({ ...DEFAULT_SRS, weights: [1, 2, 3] })).toThrow('FSRS weights must be 17, 19 or 21 numbers; got 3.');
    expect(() => createScheduler({ ...DEFAULT_SRS, weights: w21.slice(0, 19) })).not.toThrow();
  });

  it('refuses a retention outside 0.70–0.99', () => {
    expect(() => createScheduler({ ...DEFAULT_SRS, desiredRetention: 1.2 })).toThrow('Desired retention must be between 0.70 and 0.99.');
  });
});

describe('steps and interval labels', () => {
  it('parses and refuses steps', () => {
    expect(parseSteps('1m 10m')).toEqual({ steps: ['1m', '10m'] });
    expect(parseSteps('1m, 1h,1d')).toEqual({ steps: ['1m', '1h', '1d'] });
    expect(parseSteps('')).toEqual({ steps: [] });
    expect(parseSteps('10x')).toEqual({ error: '"10x" is not a step: write a number and m, h or d, like 1m 10m 1d' });
    expect(parseSteps('0m')).toEqual({ error: '"0m": a step must be longer than zero' });
  });

  it('formats intervals the way the buttons show them', () => {
    expect(formatInterval(1 * MIN)).toBe('1m');
    expect(formatInterval(10 * MIN)).toBe('10m');
    expect(formatInterval(3 * 3_600_000)).toBe('3h');
    expect(formatInterval(DAY)).toBe('1d');
    expect(formatInterval(4 * DAY)).toBe('4d');
    expect(formatInterval(75 * DAY)).toBe('2.5mo');
    expect(formatInterval(800 * DAY)).toBe('2.2y');
  });
});

describe('newSchedState (the new-card state without the FSRS engine)', () => {
  it("equals the adapter's new state from ts-fsrs's empty card, and its reset", () => {
    for (const now of [0, Date.UTC(2026, 10, 28, 12, 0), Date.UTC(2030, 0, 1)]) {
      expect(newSchedState(now)).toEqual(createScheduler().newState(now));
      expect(newSchedState(now)).toEqual(createScheduler({ ...DEFAULT_SRS, enableFuzz: false }).reset(now));
    }
  });
});
