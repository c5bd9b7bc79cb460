// The FSRS-6 memory model as fsrs-rs computes it (model.rs `step`, inference.rs), in plain numbers:
// the optimizer (fsrs-rs in WebAssembly) fits parameters to this model, and the hold-out evaluation
// and the statistics predict recall with the same formulas. A review is { rating 1–4, deltaT: whole
// study days since the previous review (0 for the first, and for a review on the same day) }.

export interface ModelReview {
  rating: number;
  deltaT: number;
}

export interface MemoryState {
  stability: number;
  difficulty: number;
}

/** fsrs-rs DEFAULT_PARAMETERS (FSRS-6), the same numbers ts-fsrs 5 uses. */
export const FSRS6_DEFAULTS: readonly number[] = [
  0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729,
  0.5425, 0.0912, 0.0658, 0.1542,
];

const S_MIN = 0.001;
const S_MAX = 36500;
const D_MIN = 1;
const D_MAX = 10;
const INIT_S_MAX = 100;
const FSRS5_DECAY = 0.5;

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** 17 (FSRS-4.5) and 19 (FSRS-5) weights as fsrs-rs extends them to 21 (check_and_fill_parameters). */
export function toFsrs6(weights: readonly number[]): number[] {
  if (weights.length === 21) return [...weights];
  if (weights.length === 19) return [...weights, 0, FSRS5_DECAY];
  if (weights.length === 17) {
    const w = [...weights];
    w[4] = w[5] * 2 + w[4];
    w[5] = Math.log(w[5] * 3 + 1) / 3;
    w[6] += 0.5;
    return [...w, 0, 0, 0, FSRS5_DECAY];
  }
  throw new Error(`FSRS weights must be 17, 19 or 21 numbers; got ${weights.length}`);
}

/** fsrs-rs clip_parameters with one relearning step and short-term stability not forced on. */
export function clipParameters(weights: readonly number[]): number[] {
  const bounds: [number, number][] = [
    [S_MIN, INIT_S_MAX],
    [S_MIN, INIT_S_MAX],
    [S_MIN, INIT_S_MAX],
    [S_MIN, INIT_S_MAX],
    [D_MIN, D_MAX],
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
    [0, 0.8],
    [0.1, 0.8],
  ];
  return toFsrs6(weights).map((w, i) => clamp(w, bounds[i][0], bounds[i][1]));
}

/** Probability of recall after `days` with stability `stability` (the power forgetting curve). */
export function retrievability(days: number, stability: number, decay: number): number {
  const factor = Math.pow(0.9, -1 / decay) - 1;
  return Math.pow(1 + (factor * days) / stability, -decay);
}

export interface FsrsModel {
  readonly weights: readonly number[];
  /** The memory state after these reviews (at least one), or the state `from` carried on. */
  memoryState(reviews: readonly ModelReview[], from?: MemoryState): MemoryState;
  step(state: MemoryState | null, review: ModelReview): MemoryState;
  /** Recall probability `days` after a review that left `state`. */
  recall(state: MemoryState, days: number): number;
}

export function fsrsModel(weights: readonly number[] = FSRS6_DEFAULTS): FsrsModel {
  const w = clipParameters(weights);
  const decay = w[20];
  const initDifficulty = (g: number) => w[4] - Math.exp(w[5] * (g - 1)) + 1;
  const forget = (t: number, s: number) => retrievability(t, s, decay);

  const step = (state: MemoryState | null, { rating: g, deltaT: t }: ModelReview): MemoryState => {
    if (state === null) return { stability: clamp(w[g - 1], S_MIN, S_MAX), difficulty: clamp(initDifficulty(g), D_MIN, D_MAX) };
    const s = clamp(state.stability, S_MIN, S_MAX);
    const d = clamp(state.difficulty, D_MIN, D_MAX);
    let next: number;
    if (t === 0) {
      const sinc = Math.exp(w[17] * (g - 3 + w[18])) * Math.pow(s, -w[19]);
      next = s * (g >= 3 ? Math.max(sinc, 1) : sinc);
    } else {
      const r = forget(t, s);
      if (g === 1) {
        const lapse = w[11] * Math.pow(d, -w[12]) * (Math.pow(s + 1, w[13]) - 1) * Math.exp((1 - r) * w[14]);
        next = Math.min(lapse, s / Math.exp(w[17] * w[18]));
      } else {
        const hard = g === 2 ? w[15] : 1;
        const easy = g === 4 ? w[16] : 1;
        next = s * (Math.exp(w[8]) * (11 - d) * Math.pow(s, -w[9]) * (Math.exp((1 - r) * w[10]) - 1) * hard * easy + 1);
      }
    }
    const damped = d + ((10 - d) * (-w[6] * (g - 3))) / 9;
    const reverted = w[7] * (initDifficulty(4) - damped) + damped;
    return { stability: clamp(next, S_MIN, S_MAX), difficulty: clamp(reverted, D_MIN, D_MAX) };
  };

  return {
    weights: w,
    step,
    memoryState(reviews, from) {
      let state: MemoryState | null = from ?? null;
      for (const review of reviews) state = step(state, review);
      if (!state) throw new Error('memoryState needs at least one review');
      return state;
    },
    recall: (state, days) => forget(days, state.stability),
  };
}

/** The forgetting curve's decay of these weights (null: the FSRS-6 defaults). */
export function decayOf(weights: readonly number[] | null): number {
  return weights ? toFsrs6(weights)[20] : FSRS6_DEFAULTS[20];
}
