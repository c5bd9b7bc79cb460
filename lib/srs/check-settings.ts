// Scheduler settings checked before they are used or saved: by the Settings form, a restored
// backup and the adapter. Apart from the adapter so that checking never loads ts-fsrs.
import { parseSteps } from './steps';
import type { SrsSettings } from './types';
import { validateWeights } from './weights';

/** Checks settings; returns the first problem as a sentence a learner can act on. */
export function checkSrsSettings(s: SrsSettings): string | null {
  if (!(s.desiredRetention >= 0.7 && s.desiredRetention <= 0.99)) return 'Desired retention must be between 0.70 and 0.99.';
  if (!(Number.isInteger(s.maximumIntervalDays) && s.maximumIntervalDays >= 1 && s.maximumIntervalDays <= 36500)) {
    return 'Maximum interval must be a whole number of days from 1 to 36500.';
  }
  for (const [name, steps] of [
    ['Learning', s.learningSteps],
    ['Relearning', s.relearningSteps],
  ] as const) {
    const parsed = parseSteps(steps.join(' '));
    if ('error' in parsed) return `${name} steps: ${parsed.error}.`;
  }
  if (s.weights) {
    const w = validateWeights(s.weights);
    if ('error' in w) return `${w.error}.`;
  }
  return null;
}
