// The settings form's text fields and their conversion to Prefs, with one message per bad field.
import { resolveLine, type StudyLine } from '@/lib/decks/releases';
import type { Prefs, Theme } from '@/lib/db';
import { PREF_RANGES } from '@/lib/db/prefs';
// Deep imports, not the lib/srs barrel: Settings checks scheduler settings without loading ts-fsrs.
import { checkSrsSettings } from '@/lib/srs/check-settings';
import type { DeckOrder, NewCardOrder } from '@/lib/srs/study-order';
import { formatSteps, parseSteps } from '@/lib/srs/steps';
import { isValidTimeZone } from '@/lib/srs/study-day';
import { parseWeights } from '@/lib/srs/weights';

export interface Draft {
  retention: string;
  maxInterval: string;
  learningSteps: string;
  relearningSteps: string;
  weights: string;
  newPerDay: string;
  reviewsPerDay: string;
  overallNewPerDay: string;
  overallReviewsPerDay: string;
  deckOrder: DeckOrder;
  newCardOrder: NewCardOrder;
  dayStartHour: string;
  timeZone: string;
  theme: Theme;
  keyboardShortcuts: boolean;
  studyLine: StudyLine;
  /** '' when the learner is not preparing an upgrade. */
  upgradeFrom: StudyLine | '';
  upgradeTo: StudyLine | '';
  lightDays: number[];
  loadBalance: boolean;
}

export type DraftErrors = Partial<Record<keyof Draft, string>>;

export function toDraft(p: Prefs): Draft {
  return {
    retention: String(p.srs.desiredRetention),
    maxInterval: String(p.srs.maximumIntervalDays),
    learningSteps: formatSteps(p.srs.learningSteps),
    relearningSteps: formatSteps(p.srs.relearningSteps),
    weights: p.srs.weights ? p.srs.weights.join(', ') : '',
    newPerDay: String(p.limits.newPerDay),
    reviewsPerDay: String(p.limits.reviewsPerDay),
    overallNewPerDay: String(p.overallLimits.newPerDay),
    overallReviewsPerDay: String(p.overallLimits.reviewsPerDay),
    deckOrder: p.order.decks,
    newCardOrder: p.order.newCards,
    dayStartHour: String(p.dayStartHour),
    timeZone: p.timeZone ?? '',
    theme: p.theme,
    keyboardShortcuts: p.keyboardShortcuts,
    studyLine: p.studyLine,
    upgradeFrom: p.upgrade?.from ?? '',
    upgradeTo: p.upgrade?.to ?? '',
    lightDays: p.lightDays,
    loadBalance: p.loadBalance,
  };
}

function wholeNumber(text: string, min: number, max: number): number | null {
  const n = Number(text.trim());
  return text.trim() !== '' && Number.isInteger(n) && n >= min && n <= max ? n : null;
}

const inRange = (text: string, range: { min: number; max: number }) => wholeNumber(text, range.min, range.max);
const rangeText = ({ min, max }: { min: number; max: number }) => `from ${min} to ${max}`;

function upgradeOf(d: Draft): { from: StudyLine; to: StudyLine } | null | 'incomplete' | 'same' {
  if (d.upgradeFrom === '' && d.upgradeTo === '') return null;
  if (d.upgradeFrom === '' || d.upgradeTo === '') return 'incomplete';
  if (resolveLine(d.upgradeFrom) === resolveLine(d.upgradeTo)) return 'same';
  return { from: d.upgradeFrom, to: d.upgradeTo };
}

export function fromDraft(d: Draft, base: Prefs): { prefs: Prefs } | { errors: DraftErrors } {
  const errors: DraftErrors = {};
  const retention = Number(d.retention);
  if (!(retention >= 0.7 && retention <= 0.99)) errors.retention = 'Enter a retention between 0.70 and 0.99.';
  const maxInterval = wholeNumber(d.maxInterval, 1, 36500);
  if (maxInterval === null) errors.maxInterval = 'Enter a whole number of days from 1 to 36500.';
  const learning = parseSteps(d.learningSteps);
  if ('error' in learning) errors.learningSteps = `${learning.error}.`;
  const relearning = parseSteps(d.relearningSteps);
  if ('error' in relearning) errors.relearningSteps = `${relearning.error}.`;
  const weights = parseWeights(d.weights);
  if ('error' in weights) errors.weights = `${weights.error}.`;
  const newPerDay = inRange(d.newPerDay, PREF_RANGES.newPerDay);
  if (newPerDay === null) errors.newPerDay = `Enter a whole number ${rangeText(PREF_RANGES.newPerDay)}.`;
  const reviewsPerDay = inRange(d.reviewsPerDay, PREF_RANGES.reviewsPerDay);
  if (reviewsPerDay === null) errors.reviewsPerDay = `Enter a whole number ${rangeText(PREF_RANGES.reviewsPerDay)}.`;
  const overallNew = inRange(d.overallNewPerDay, PREF_RANGES.newPerDay);
  if (overallNew === null) errors.overallNewPerDay = `Enter a whole number ${rangeText(PREF_RANGES.newPerDay)}.`;
  const overallReviews = inRange(d.overallReviewsPerDay, PREF_RANGES.reviewsPerDay);
  if (overallReviews === null) errors.overallReviewsPerDay = `Enter a whole number ${rangeText(PREF_RANGES.reviewsPerDay)}.`;
  const dayStartHour = inRange(d.dayStartHour, PREF_RANGES.dayStartHour);
  if (dayStartHour === null) errors.dayStartHour = `Choose an hour ${rangeText(PREF_RANGES.dayStartHour)}.`;
  const tz = d.timeZone.trim();
  if (tz !== '' && !isValidTimeZone(tz)) errors.timeZone = `“${tz}” is not a time zone name, like Europe/Berlin.`;
  const upgrade = upgradeOf(d);
  if (upgrade === 'incomplete') errors.upgradeTo = 'Choose both the version you run now and the one you are moving to.';
  else if (upgrade === 'same') errors.upgradeTo = 'Choose a different version to move to.';
  if (Object.keys(errors).length > 0) return { errors };

  const prefs: Prefs = {
    ...base,
    srs: {
      ...base.srs,
      desiredRetention: retention,
      maximumIntervalDays: maxInterval!,
      learningSteps: 'steps' in learning ? learning.steps : [],
      relearningSteps: 'steps' in relearning ? relearning.steps : [],
      weights: 'weights' in weights ? weights.weights : null,
    },
    limits: { newPerDay: newPerDay!, reviewsPerDay: reviewsPerDay! },
    overallLimits: { newPerDay: overallNew!, reviewsPerDay: overallReviews! },
    order: { decks: d.deckOrder, newCards: d.newCardOrder },
    dayStartHour: dayStartHour!,
    timeZone: tz === '' ? null : tz,
    theme: d.theme,
    keyboardShortcuts: d.keyboardShortcuts,
    studyLine: d.studyLine,
    upgrade: typeof upgrade === 'object' ? upgrade : null,
    lightDays: [...new Set(d.lightDays)].sort((a, b) => a - b),
    loadBalance: d.loadBalance,
  };
  const problem = checkSrsSettings(prefs.srs);
  return problem ? { errors: { weights: problem } } : { prefs };
}
