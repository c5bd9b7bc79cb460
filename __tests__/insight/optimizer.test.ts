// The optimizer's pure half: the log as fsrs-rs items (study days across DST and the day-start hour),
// the time-ordered hold-out, the figures, and the adopt / refuse / revert decisions.
import {
  applyRun,
  EMPTY_RECORD,
  fitToRanges,
  judge,
  MIN_TEST_ITEMS,
  MIN_TRAIN_ITEMS,
  notEnoughData,
  originOf,
  rerunDue,
  RERUN_AFTER_REVIEWS,
  revert,
  type OptimizerRecord,
  type OptimizerRun,
} from '@/lib/insight/optimizer-decision';
import { binOf, evaluateParameters } from '@/lib/insight/optimizer-evaluate';
import { cardHistories, flattenItems, holdOutSplit, trainingItems, type OptimizerReview } from '@/lib/insight/optimizer-items';
import { runOptimizer } from '@/lib/insight/optimizer-run';
import { FSRS6_DEFAULTS, fsrsModel } from '@/lib/srs/fsrs-model';

import { simulateLearner, TRUE_WEIGHTS } from '../../bench/browser/synthetic-learner';

/** Berlin wall clock: CET (UTC+1) before 29 Mar 2026, CEST (UTC+2) after. */
const cet = (m: number, d: number, h: number, min = 0) => Date.UTC(2026, m - 1, d, h - 1, min);
const cest = (m: number, d: number, h: number, min = 0) => Date.UTC(2026, m - 1, d, h - 2, min);
const berlin4 = { dayStartHour: 4, timeZone: 'Europe/Berlin' };

const review = (cardId: string, reviewedAt: number, rating = 3, wasNew = false): OptimizerReview => ({
  cardId,
  reviewedAt,
  rating,
  wasNew,
});

describe('cardHistories', () => {
  it('counts whole study days: 03:59 belongs to the day before when days start at 4', () => {
    const [history] = cardHistories(
      [review('a', cet(3, 2, 10), 3, true), review('a', cet(3, 3, 3, 59)), review('a', cet(3, 3, 4, 1))],
      berlin4,
    );
    expect(history.map((r) => r.deltaT)).toEqual([0, 0, 1]);
    const [midnight] = cardHistories([review('a', cet(3, 2, 10), 3, true), review('a', cet(3, 3, 3, 59)), review('a', cet(3, 3, 4, 1))], {
      dayStartHour: 0,
      timeZone: 'Europe/Berlin',
    });
    expect(midnight.map((r) => r.deltaT)).toEqual([0, 1, 0]);
  });

  it('is one day across the spring DST change (a 23-hour day), by the local clock', () => {
    const [history] = cardHistories(
      [review('a', cet(3, 28, 9), 3, true), review('a', cest(3, 29, 9)), review('a', cest(3, 31, 4, 30))],
      berlin4,
    );
    expect(history.map((r) => r.deltaT)).toEqual([0, 1, 2]);
  });

  it('sorts by time, keeps cards apart, starts afresh when a card was new again, and skips bad ratings', () => {
    const histories = cardHistories(
      [
        review('b', cet(1, 5, 12)),
        review('a', cet(1, 1, 12), 3, true),
        review('b', cet(1, 2, 12), 1, true),
        review('a', cet(1, 3, 12), 9),
        review('a', cet(1, 4, 12), 4, true),
        review('a', cet(1, 6, 12), 2),
      ],
      berlin4,
    );
    expect(histories.map((h) => h.map((r) => [r.rating, r.deltaT]))).toEqual([
      [[3, 0]],
      [
        [1, 0],
        [3, 3],
      ],
      [
        [4, 0],
        [2, 2],
      ],
    ]);
  });
});

describe('items, flattening and the hold-out', () => {
  const histories = cardHistories(
    [
      review('a', cet(1, 1, 12), 3, true),
      review('a', cet(1, 1, 13), 3),
      review('a', cet(1, 3, 12), 1),
      review('a', cet(1, 8, 12), 3),
      review('b', cet(1, 2, 12), 4, true),
      review('b', cet(1, 6, 12), 3),
    ],
    berlin4,
  );

  it('makes one item per review on a later study day, each the history up to it', () => {
    const items = trainingItems(histories);
    expect(items.map((i) => i.history.slice(0, i.end + 1).map((r) => r.deltaT))).toEqual([
      [0, 0, 2],
      [0, 0, 2, 5],
      [0, 4],
    ]);
    const flat = flattenItems(items);
    expect(Array.from(flat.lengths)).toEqual([3, 4, 2]);
    expect(Array.from(flat.ratings)).toEqual([3, 3, 1, 3, 3, 1, 3, 4, 3]);
    expect(Array.from(flat.deltaTs)).toEqual([0, 0, 2, 0, 0, 2, 5, 0, 4]);
  });

  it('holds out the latest items by time, and trains only on earlier ones', () => {
    const split = holdOutSplit(trainingItems(histories), 0.34);
    const at = (i: { history: readonly { reviewedAt: number }[]; end: number }) => i.history[i.end].reviewedAt;
    expect(split.test.map(at)).toEqual([cet(1, 6, 12), cet(1, 8, 12)]);
    expect(split.train.map(at)).toEqual([cet(1, 3, 12)]);
    expect(Math.max(...split.train.map(at))).toBeLessThan(split.cutoff);
    expect(holdOutSplit([], 0.2)).toEqual({ train: [], test: [], cutoff: Infinity });
  });
});

describe('evaluateParameters', () => {
  it('is the log loss of the predicted recall, and the RMSE of the bins', () => {
    const [history] = cardHistories(
      [review('a', cet(1, 1, 12), 3, true), review('a', cet(1, 4, 12), 3), review('a', cet(1, 20, 12), 1)],
      berlin4,
    );
    const items = trainingItems([history]);
    const model = fsrsModel(FSRS6_DEFAULTS);
    const s1 = model.step(null, { rating: 3, deltaT: 0 });
    const p1 = model.recall(s1, 3);
    const p2 = model.recall(model.step(s1, { rating: 3, deltaT: 3 }), 16);
    const metrics = evaluateParameters(FSRS6_DEFAULTS, items)!;
    expect(metrics.items).toBe(2);
    expect(metrics.logLoss).toBeCloseTo((-Math.log(p1) - Math.log(1 - p2)) / 2, 10);
    // Two items in two bins: each bin's gap is its own error.
    expect(binOf(items[0])).not.toBe(binOf(items[1]));
    expect(metrics.rmseBins).toBeCloseTo(Math.sqrt(((1 - p1) ** 2 + p2 ** 2) / 2), 10);
    expect(evaluateParameters(FSRS6_DEFAULTS, [])).toBeNull();
  });

  it('bins as fsrs-rs r_matrix_index does', () => {
    const [history] = cardHistories(
      [review('a', cet(1, 1, 12), 3, true), review('a', cet(1, 3, 12), 1), review('a', cet(1, 4, 12), 3), review('a', cet(1, 14, 12), 3)],
      berlin4,
    );
    const items = trainingItems([history]);
    // delta_t 10 → 2.48·3.62^1·100 = 898; three long-term reviews + 1 → 1.99·1.89^2 = 7; one lapse → 2.
    expect(binOf(items[2])).toBe('898/7/2');
  });
});

const metrics = (logLoss: number, rmseBins: number) => ({ logLoss, rmseBins, items: 100 });

function run(adopted: boolean, weights = [...TRUE_WEIGHTS]): OptimizerRun {
  return {
    at: 1,
    reviews: 1000,
    trainItems: 400,
    testItems: 100,
    defaults: metrics(0.4, 0.05),
    personal: metrics(0.3, 0.03),
    current: null,
    weights,
    adopted,
    reason: '',
  };
}

describe('decisions', () => {
  it('needs fsrs-rs’s 64 training items plus a hold-out of 16', () => {
    expect(notEnoughData(MIN_TRAIN_ITEMS, MIN_TEST_ITEMS)).toBeNull();
    expect(notEnoughData(MIN_TRAIN_ITEMS - 1, 100)).toMatch(/needs 80 reviews .* has 163/);
    expect(notEnoughData(500, MIN_TEST_ITEMS - 1)).toMatch(/needs 80/);
  });

  it('adopts only a lower log loss with no worse RMSE, and beats current parameters too', () => {
    expect(judge(metrics(0.4, 0.05), metrics(0.3, 0.04), null).adopt).toBe(true);
    expect(judge(metrics(0.4, 0.05), metrics(0.4, 0.04), null)).toEqual({ adopt: false, reason: expect.stringMatching(/log loss/) });
    expect(judge(metrics(0.4, 0.05), metrics(0.3, 0.06), null)).toEqual({ adopt: false, reason: expect.stringMatching(/RMSE/) });
    expect(judge(metrics(0.4, 0.05), metrics(0.3, 0.04), metrics(0.29, 0.03))).toEqual({
      adopt: false,
      reason: expect.stringMatching(/current/),
    });
  });

  it('brings fsrs-rs parameters inside the scheduler’s ranges', () => {
    const fitted = fitToRanges([...FSRS6_DEFAULTS.slice(0, 19), 0, 0.123456]);
    expect(fitted[19]).toBe(0.01);
    expect(fitted[20]).toBe(0.1235);
  });

  it('adopting keeps the old parameters as previous; refusing changes nothing but the figures', () => {
    const hand = [...FSRS6_DEFAULTS];
    const adopted = applyRun(hand, EMPTY_RECORD, run(true));
    expect(adopted.weights).toEqual(TRUE_WEIGHTS);
    expect(adopted.record).toMatchObject({ personal: TRUE_WEIGHTS, previous: hand });
    expect(originOf(adopted.weights, adopted.record)).toBe('personal');
    const refused = applyRun(hand, EMPTY_RECORD, run(false));
    expect(refused.weights).toBe(hand);
    expect(refused.record).toEqual({ ...EMPTY_RECORD, lastRun: run(false) });
    expect(originOf(refused.weights, refused.record)).toBe('hand');
  });

  it('reverts to the defaults, then back to the previous parameters', () => {
    const { weights, record } = applyRun(null, EMPTY_RECORD, run(true));
    const toDefaults = revert(weights, record, 'defaults');
    expect(toDefaults.weights).toBeNull();
    expect(originOf(toDefaults.weights, toDefaults.record)).toBe('default');
    const back = revert(toDefaults.weights, toDefaults.record, 'previous');
    expect(back.weights).toEqual(TRUE_WEIGHTS);
    expect(originOf(back.weights, back.record)).toBe('personal');
  });

  it('reruns after 500 new reviews, never over hand-entered parameters', () => {
    const record: OptimizerRecord = { ...EMPTY_RECORD, lastRun: run(false) };
    expect(rerunDue(null, record, 1000 + RERUN_AFTER_REVIEWS - 1)).toBe(false);
    expect(rerunDue(null, record, 1000 + RERUN_AFTER_REVIEWS)).toBe(true);
    expect(rerunDue([...FSRS6_DEFAULTS], record, 100_000)).toBe(false);
    expect(rerunDue(null, EMPTY_RECORD, RERUN_AFTER_REVIEWS)).toBe(true);
  });
});

describe('runOptimizer', () => {
  const { logs } = simulateLearner({ deckId: 'd', prefix: 'c', reviews: 3000, now: Date.UTC(2026, 5, 1), seed: 3, timeZone: 'UTC' });
  const reviews = logs.map((l) => ({
    cardId: l.cardId,
    reviewedAt: l.reviewedAt,
    rating: l.rating,
    wasNew: l.before.sched.phase === 'new',
  }));
  const settings = { dayStartHour: 4, timeZone: 'UTC' };

  it('adopts the parameters the learner’s memory follows, judged on later reviews', () => {
    const phases: string[] = [];
    const result = runOptimizer({ reviews, settings, current: null, now: 5, train: () => TRUE_WEIGHTS, onPhase: (p) => phases.push(p) });
    expect(phases).toEqual(['sorting', 'training', 'evaluating']);
    if (!result.ok) throw new Error(result.reason);
    expect(result.run.adopted).toBe(true);
    expect(result.run.personal.logLoss).toBeLessThan(result.run.defaults.logLoss);
    expect(result.run.testItems).toBeGreaterThanOrEqual(MIN_TEST_ITEMS);
    expect(result.run.trainItems / (result.run.trainItems + result.run.testItems)).toBeCloseTo(0.8, 1);
  });

  it('refuses parameters that predict worse than the defaults, and trains only on the earlier reviews', () => {
    let trained = 0;
    const bad = [...FSRS6_DEFAULTS.slice(0, 20), 0.8].map((w, i) => (i < 4 ? 90 : w));
    const result = runOptimizer({
      reviews,
      settings,
      current: null,
      now: 5,
      train: (items) => {
        trained = items.lengths.length;
        return bad;
      },
    });
    if (!result.ok) throw new Error(result.reason);
    expect(result.run.adopted).toBe(false);
    expect(trained).toBe(result.run.trainItems);
  });

  it('says why when there is too little to train on', () => {
    const result = runOptimizer({ reviews: reviews.slice(0, 40), settings, current: null, now: 5, train: () => TRUE_WEIGHTS });
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/Not enough reviews/) });
  });
});
