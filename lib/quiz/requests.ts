// Request bodies, validated with zod. The field limits bound what one game can hold (100
// questions of at most ~2.5 KB each), which is what makes the server's game budget meaningful;
// the body limits bound what a request can make the server parse. The bundled decks stay far
// below them (longest prompt 145 characters, longest option 96, 100 questions ≈ 42 KB).
import { z } from '@/lib/decks/zod';

import { JOIN_CODE_PATTERN } from './join-errors';
import { MAX_EXPLANATION_CHARS } from './questions';

export const LIMITS = {
  cards: 500,
  promptChars: 500,
  choiceChars: 200,
  choicesPerCard: 8,
  idChars: 100,
  sourceChars: 200,
  explanationChars: MAX_EXPLANATION_CHARS,
  decks: 50,
  createBodyBytes: 256 * 1024,
  smallBodyBytes: 2 * 1024,
};

const id = z.string().min(1).max(LIMITS.idChars);
const prompt = z.string().trim().min(1).max(LIMITS.promptChars);
const choiceText = z.string().trim().min(1).max(LIMITS.choiceChars);
const source = z.string().max(LIMITS.sourceChars).optional();
const explanation = z.string().trim().max(LIMITS.explanationChars).optional();

const quizCard = z
  .object({
    id,
    deckId: id,
    prompt,
    choices: z.array(choiceText).min(2).max(LIMITS.choicesPerCard),
    correct: z
      .number()
      .int()
      .min(0)
      .max(LIMITS.choicesPerCard - 1),
    source,
    explanation,
    /** A diagram question: the picture's id and the region of each choice. */
    diagram: z
      .object({ id, regions: z.array(id).min(2).max(LIMITS.choicesPerCard) })
      .strict()
      .optional(),
  })
  .refine((c) => c.diagram === undefined || c.diagram.regions.length === c.choices.length, {
    message: 'diagram.regions must name one region per choice',
    path: ['diagram', 'regions'],
  });

/** The deck compiler's card; its other fields (tags, hash, …) are accepted and dropped. */
const compiledChoiceCard = z.object({
  id,
  deckId: id,
  kind: z.literal('choice'),
  prompt,
  answer: explanation,
  choices: z
    .array(z.object({ text: choiceText, correct: z.boolean() }))
    .min(2)
    .max(LIMITS.choicesPerCard),
  source,
});

export function settingsSchema(maxPlayers: number) {
  return z
    .object({
      questionCount: z.number().int().min(1).max(100),
      secondsPerQuestion: z.number().int().min(5).max(240),
      previewSeconds: z.number().int().min(0).max(15),
      scoring: z.enum(['speed', 'accuracy']),
      streakBonus: z.boolean(),
      teamCount: z
        .number()
        .int()
        .min(0)
        .max(8)
        .refine((n) => n !== 1, 'teamCount must be 0 or 2 to 8'),
      maxPlayers: z.number().int().min(1).max(maxPlayers),
    })
    .partial()
    .strict();
}

export function createGameSchema(maxPlayers: number) {
  return z
    .object({
      decks: z.array(id).max(LIMITS.decks).optional(),
      cards: z
        .array(z.union([quizCard, compiledChoiceCard]))
        .min(1)
        .max(LIMITS.cards),
      settings: settingsSchema(maxPlayers).optional(),
    })
    .strict();
}

/** A player's device identifier: random, made and kept on the player's device, so reports can be compared. */
export const DEVICE_ID_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;

export const joinSchema = z
  .object({
    code: z.string().regex(JOIN_CODE_PATTERN, 'code must be 6 digits'),
    nickname: z.string().max(200),
    deviceId: z.string().regex(DEVICE_ID_PATTERN, 'malformed device id').optional(),
  })
  .strict();

export const rejoinSchema = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'malformed token') }).strict();

export const answerSchema = z
  .object({
    index: z.number().int().min(0).max(1000),
    option: z
      .number()
      .int()
      .min(0)
      .max(LIMITS.choicesPerCard - 1),
  })
  .strict();

export const hostCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.enum(['lock', 'unlock', 'start', 'next', 'skip', 'end']) }).strict(),
  z.object({ type: z.literal('kick'), playerId: z.string().min(1).max(64) }).strict(),
]);

export type CreateGameBody = z.output<ReturnType<typeof createGameSchema>>;
export type HostCommandBody = z.output<typeof hostCommandSchema>;

/** "cards.3.choices: Too small…" — the first problem, for `{ error }`. */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (issue === undefined) return 'invalid request';
  const path = issue.path.join('.');
  return path === '' ? issue.message : `${path}: ${issue.message}`;
}
