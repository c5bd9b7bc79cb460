// How well a set of FSRS parameters predicts held-out reviews, as fsrs-rs's `evaluate` measures it:
// log loss (binary cross-entropy of recall, "pass" being any rating above Again) and RMSE(bins), the
// root mean square gap between predicted and actual recall over bins of interval, review count and
// lapses (fsrs-rs FSRSItem::r_matrix_index), every item weighing the same.
import { fsrsModel, type MemoryState } from '@/lib/srs/fsrs-model';

import type { ItemRef } from './optimizer-items';

export interface Metrics {
  logLoss: number;
  rmseBins: number;
  items: number;
}

/** Predictions are kept off 0 and 1 so one confident miss cannot make the loss infinite. */
const EPSILON = 1e-6;

/** fsrs-rs r_matrix_index: bins of delta_t, of long-term review count, and of lapses before. */
export function binOf({ history, end }: ItemRef): string {
  const deltaT = history[end].deltaT;
  const deltaBin = Math.round(2.48 * Math.pow(3.62, Math.floor(Math.log(deltaT) / Math.log(3.62))) * 100);
  let longTerm = 0;
  let lapses = 0;
  for (let k = 0; k <= end; k++) {
    if (history[k].deltaT > 0) longTerm++;
    if (k < end && history[k].deltaT > 0 && history[k].rating === 1) lapses++;
  }
  const length = longTerm + 1;
  const lengthBin = Math.round(1.99 * Math.pow(1.89, Math.floor(Math.log(length) / Math.log(1.89))));
  const lapseBin = lapses === 0 ? 0 : Math.round(1.65 * Math.pow(1.73, Math.floor(Math.log(lapses) / Math.log(1.73))));
  return `${deltaBin}/${lengthBin}/${lapseBin}`;
}

/** Log loss and RMSE(bins) of `weights` on `items` (null when there are none). */
export function evaluateParameters(weights: readonly number[], items: readonly ItemRef[]): Metrics | null {
  if (items.length === 0) return null;
  const model = fsrsModel(weights);
  // Items of one card come in time order: carry each card's state forward instead of replaying it.
  const carried = new Map<readonly unknown[], { next: number; state: MemoryState | null }>();
  const bins = new Map<string, { predicted: number; actual: number; count: number }>();
  let loss = 0;
  for (const item of items) {
    const { history, end } = item;
    let memo = carried.get(history);
    if (!memo || memo.next > end) memo = { next: 0, state: null };
    let state = memo.state;
    for (let k = memo.next; k < end; k++) state = model.step(state, history[k]);
    carried.set(history, { next: end, state });
    const p = Math.min(1 - EPSILON, Math.max(EPSILON, model.recall(state!, history[end].deltaT)));
    const y = history[end].rating > 1 ? 1 : 0;
    loss -= y * Math.log(p) + (1 - y) * Math.log(1 - p);
    const key = binOf(item);
    const bin = bins.get(key) ?? { predicted: 0, actual: 0, count: 0 };
    bin.predicted += p;
    bin.actual += y;
    bin.count += 1;
    bins.set(key, bin);
  }
  let squares = 0;
  for (const bin of bins.values()) squares += ((bin.predicted - bin.actual) / bin.count) ** 2 * bin.count;
  return { logLoss: loss / items.length, rmseBins: Math.sqrt(squares / items.length), items: items.length };
}
