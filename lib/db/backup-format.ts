// The backup file's shape, checked field by field before anything is written: a file from another
// app, a truncated download or a hand-edited backup is refused with the first problem's place.
import { STUDY_LINES } from '@/lib/decks/releases';
import { z } from '@/lib/decks/zod';
import { checkSrsSettings } from '@/lib/srs/check-settings';
import { DECK_ORDERS, NEW_CARD_ORDERS } from '@/lib/srs/study-order';
import { isValidTimeZone } from '@/lib/srs/study-day';

import { PREF_RANGES } from './prefs';

export const BACKUP_FORMAT = 'containerd-cards-backup';
export const BACKUP_VERSION = 1;

const time = z.number().finite().nonnegative();
const count = z.number().int().nonnegative();
const id = z.string().min(1).max(200);
const whole = (range: { min: number; max: number }) => z.number().int().min(range.min).max(range.max);

const schedSchema = z.object({
  phase: z.enum(['new', 'learning', 'review', 'relearning']),
  due: time,
  stability: z.number().finite().nonnegative(),
  difficulty: z.number().finite().nonnegative(),
  elapsedDays: z.number().finite().nonnegative(),
  scheduledDays: z.number().finite().nonnegative(),
  learningSteps: count,
  reps: count,
  lapses: count,
  lastReview: time.nullable(),
});

/** A card's progress; where it sits in the queue is worked out again on restore. */
const progressSchema = z.object({
  cardId: id,
  deckId: id,
  sched: schedSchema,
  suspended: z.union([z.literal(0), z.literal(1)]),
  buriedUntil: time,
  flag: count,
});

const stateRowSchema = progressSchema.extend({
  queue: z.union([z.literal(-4), z.literal(-3), z.literal(-2), z.literal(-1), z.literal(0), z.literal(1), z.literal(2)]),
  due: time,
  rev: count,
  otherVersion: z.literal(1).optional(),
});

const reviewLogSchema = z.object({
  cardId: id,
  deckId: id,
  rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  reviewedAt: time,
  timeZone: z.string().max(100),
  durationMs: z.number().finite().nonnegative(),
  before: stateRowSchema,
  after: schedSchema,
});

const quizReportSchema = z.object({
  createdAt: time,
  mode: z.enum(['live', 'pass-and-play', 'projector']),
  decks: z.array(id),
  players: z.array(
    z.object({
      nickname: z.string().max(100),
      team: count.nullable(),
      score: z.number().finite(),
      right: count,
      answered: count,
      rank: count.nullable(),
      deviceId: z
        .string()
        .regex(/^[A-Za-z0-9_-]{16,64}$/)
        .optional(),
      picks: z.record(z.string().regex(/^\d{1,3}$/), count.nullable()).optional(),
      credits: z.record(z.string().regex(/^\d{1,3}$/), z.number().min(0).max(1).nullable()).optional(),
    }),
  ),
  questions: z.array(
    z.object({
      cardId: id,
      deckId: id,
      prompt: z.string(),
      skipped: z.boolean(),
      right: count,
      players: count,
      accuracy: z.number().min(0).max(1).nullable(),
      correct: count.optional(),
    }),
  ),
});

const prefsSchema = z
  .object({
    srs: z.object({
      desiredRetention: z.number(),
      maximumIntervalDays: z.number(),
      learningSteps: z.array(z.string()),
      relearningSteps: z.array(z.string()),
      weights: z.array(z.number()).nullable(),
      enableFuzz: z.boolean(),
    }),
    limits: z.object({ newPerDay: whole(PREF_RANGES.newPerDay), reviewsPerDay: whole(PREF_RANGES.reviewsPerDay) }),
    // Optional: backups written before Study all had neither; restore reads them as the defaults.
    overallLimits: z.object({ newPerDay: whole(PREF_RANGES.newPerDay), reviewsPerDay: whole(PREF_RANGES.reviewsPerDay) }).optional(),
    order: z.object({ decks: z.enum(DECK_ORDERS), newCards: z.enum(NEW_CARD_ORDERS) }).optional(),
    dayStartHour: whole(PREF_RANGES.dayStartHour),
    timeZone: z.string().refine(isValidTimeZone, 'not a time zone name').nullable(),
    theme: z.enum(['system', 'light', 'dark']),
    keyboardShortcuts: z.boolean(),
    // Added after the first backups: absent in those, the defaults apply.
    studyLine: z.enum(STUDY_LINES).optional(),
    upgrade: z
      .object({ from: z.enum(STUDY_LINES), to: z.enum(STUDY_LINES) })
      .nullable()
      .optional(),
    lightDays: z.array(z.number().int().min(0).max(6)).max(7).optional(),
    loadBalance: z.boolean().optional(),
  })
  .superRefine((prefs, ctx) => {
    const problem = checkSrsSettings(prefs.srs);
    if (problem) ctx.addIssue({ code: 'custom', path: ['srs'], message: problem });
  });

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: time,
  /** The decks the backup's progress was made on (informational: restore matches cards by id). */
  bundleVersion: z.string().nullable(),
  prefs: prefsSchema.nullable(),
  cardStates: z.array(progressSchema),
  reviewLogs: z.array(reviewLogSchema),
  quizReports: z.array(quizReportSchema),
});

export type Backup = z.output<typeof backupSchema>;
export type CardProgress = z.output<typeof progressSchema>;

function place(path: PropertyKey[]): string {
  return path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${String(p)}` : String(p)), '');
}

/** The backup, or a sentence naming what is wrong and where. */
export function parseBackup(data: unknown): { backup: Backup } | { error: string } {
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { error: 'This file is not a containerd Cards backup.' };
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > BACKUP_VERSION) {
    return { error: `This backup was made by a newer version of containerd Cards (format ${version}); update the app, then restore it.` };
  }
  const parsed = backupSchema.safeParse(data);
  if (parsed.success) return { backup: parsed.data };
  const issue = parsed.error.issues[0]!;
  const where = place(issue.path);
  return { error: `This backup is damaged and was not restored: ${where ? `${where}: ` : ''}${issue.message}.` };
}
