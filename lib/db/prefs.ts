// The learner's preferences, one row in `settings`. Read with defaults so an old row never breaks.
// Deep imports, not the lib/srs barrel: the app shell reads prefs without loading ts-fsrs.
import { isStudyLine, type StudyLine } from '@/lib/decks/releases';
import { DEFAULT_SRS } from '@/lib/srs/defaults';
import { DEFAULT_STUDY_ORDER, type StudyOrder } from '@/lib/srs/study-order';
import type { DailyLimits, SrsSettings, StudyDaySettings } from '@/lib/srs/types';
import { validateWeights } from '@/lib/srs/weights';

import type { CardsDB } from './schema';

export type Theme = 'system' | 'light' | 'dark';

export interface Prefs {
  srs: SrsSettings;
  /** Each deck's own daily limits. */
  limits: DailyLimits;
  /** The limits of a session over several decks (Study all), applied on top of each deck's own. */
  overallLimits: DailyLimits;
  order: StudyOrder;
  dayStartHour: number;
  /** null: follow the device's time zone. */
  timeZone: string | null;
  theme: Theme;
  keyboardShortcuts: boolean;
  /** The containerd line the learner runs: cards whose versions exclude it leave the queues (study-line.ts). */
  studyLine: StudyLine;
  /** The upgrade the learner is preparing for (Today offers its session); null when none. */
  upgrade: { from: StudyLine; to: StudyLine } | null;
  /** Weekdays (0 Sunday … 6 Saturday) that should carry less review load (Anki's Easy Days, "reduced"). */
  lightDays: number[];
  /** Nudge review intervals within the fuzz range toward days with fewer cards due (Anki's load balancer). */
  loadBalance: boolean;
}

export const DEFAULT_PREFS: Prefs = {
  srs: DEFAULT_SRS,
  limits: { newPerDay: 20, reviewsPerDay: 200 },
  // Anki's defaults for one deck, here for the whole collection: 20 new cards a day settle at about
  // ten times as many reviews a day, so 200 reviews keep up without a backlog (see README).
  overallLimits: { newPerDay: 20, reviewsPerDay: 200 },
  order: DEFAULT_STUDY_ORDER,
  dayStartHour: 4,
  timeZone: null,
  theme: 'system',
  keyboardShortcuts: true,
  studyLine: 'latest',
  upgrade: null,
  lightDays: [],
  loadBalance: true,
};

/** The settings row that holds the prefs. */
export const PREFS_KEY = 'prefs';

/** The whole-number ranges the Settings form accepts and a restored backup must keep to. */
export const PREF_RANGES = {
  newPerDay: { min: 0, max: 9999 },
  reviewsPerDay: { min: 0, max: 99999 },
  dayStartHour: { min: 0, max: 23 },
} as const;

export function withDefaults(stored: Partial<Prefs> | undefined): Prefs {
  const srs = { ...DEFAULT_PREFS.srs, ...stored?.srs };
  // Weights saved before Settings checked their ranges (ts-fsrs clamped them quietly) would now stop
  // the scheduler from starting: read them as the FSRS-6 defaults, which Settings then shows.
  if (srs.weights && 'error' in validateWeights(srs.weights)) srs.weights = null;
  const merged: Prefs = {
    ...DEFAULT_PREFS,
    ...stored,
    srs,
    limits: { ...DEFAULT_PREFS.limits, ...stored?.limits },
    overallLimits: { ...DEFAULT_PREFS.overallLimits, ...stored?.overallLimits },
    order: { ...DEFAULT_PREFS.order, ...stored?.order },
  };
  if (!isStudyLine(merged.studyLine)) merged.studyLine = DEFAULT_PREFS.studyLine;
  return merged;
}

export async function readPrefs(db: CardsDB): Promise<Prefs> {
  const row = await db.settings.get(PREFS_KEY);
  return withDefaults(row?.value as Partial<Prefs> | undefined);
}

export function studyDaySettings(prefs: Prefs): StudyDaySettings {
  return { dayStartHour: prefs.dayStartHour, timeZone: prefs.timeZone };
}
