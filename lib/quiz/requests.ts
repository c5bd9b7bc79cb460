// Request bodies, validated with zod. The field limits bound what one game can hold (100
// questions of at most ~2.5 KB each), which is what makes the server's game budget meaningful;
// the body limits bound what a request can make the server parse. The bundled decks stay far
// below them (longest prompt 145 characters, longest option 96, 100 questions ≈ 42 KB).
import { z } from '@/lib/decks/zod';

import { EXTRA_SECONDS_MAX } from './engine';
import { TYPED_MAX_CHARS } from './grading';
import { JOIN_CODE_PATTERN } from './join-errors';
import { MAX_EXPLANATION_CHARS } from './questions';
import { ACCEPT_MAX } from './questions';

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

const acceptList = z.array(z.string().trim().min(1).max(TYPED_MAX_CHARS)).min(1).max(ACCEPT_MAX);

const quizCard = z
  .object({
    id,
    deckId: id,
    /** Absent: choice. A typed card has no choices and `accept`; typed and order cards have `correct: -1`. */
    kind: z.enum(['choice', 'truefalse', 'typed', 'order']).optional(),
    prompt,
    choices: z.array(choiceText).max(LIMITS.choicesPerCard),
    correct: z
      .number()
      .int()
      .min(-1)
      .max(LIMITS.choicesPerCard - 1),
    accept: acceptList.optional(),
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
  })
  .refine((c) => (c.kind === 'typed' ? c.choices.length === 0 && c.accept !== undefined : c.choices.length >= 2), {
    message: 'a typed card has no choices and an accept list; other cards 2 to 8 choices',
    path: ['choices'],
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

const answerText = z
  .string()
  .max(LIMITS.promptChars * 4)
  .optional();

/** Compiled true/false, typed and order cards; other fields are accepted and dropped. */
const compiledTrueFalseCard = z.object({
  id,
  deckId: id,
  kind: z.literal('truefalse'),
  prompt,
  answer: answerText,
  truth: z.boolean(),
  source,
});
const compiledTypedCard = z.object({ id, deckId: id, kind: z.literal('typed'), prompt, answer: answerText, accept: acceptList, source });
const compiledOrderCard = z.object({
  id,
  deckId: id,
  kind: z.literal('order'),
  prompt,
  answer: answerText,
  steps: z
    .array(z.object({ text: choiceText }))
    .min(2)
    .max(LIMITS.choicesPerCard),
  source,
});

export function settingsSchema(maxPlayers: number) {
  return z
    .object({
      questionCount: z.number().int().min(1).max(100),
      secondsPerQuestion: z.number().int().min(5).max(240),
      previewSeconds: z.number().int().min(0).max(60),
      timer: z.boolean(),
      reducedMotion: z.boolean(),
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
        .array(z.union([quizCard, compiledChoiceCard, compiledTrueFalseCard, compiledTypedCard, compiledOrderCard]))
        .min(1)
        .max(LIMITS.cards),
      settings: settingsSchema(maxPlayers).optional(),
    })
    .strict();
}

/** A player's device identifier: random, made and kept on the player's device, so reports can be compared. */
export const DEVICE_ID_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;

/** A challenge: a game's body plus its deadline (epoch ms; the service checks 5 minutes to 14 days ahead). */
export function createChallengeSchema(maxPlayers: number) {
  return createGameSchema(maxPlayers).extend({ deadline: z.number().int().positive() }).strict();
}

export const joinSchema = z
  .object({
    code: z.string().regex(JOIN_CODE_PATTERN, 'code must be 6 digits'),
    nickname: z.string().max(200),
    deviceId: z.string().regex(DEVICE_ID_PATTERN, 'malformed device id').optional(),
  })
  .strict();

export const rejoinSchema = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'malformed token') }).strict();

const answerIndex = z.number().int().min(0).max(1000);
const optionIndex = z
  .number()
  .int()
  .min(0)
  .max(LIMITS.choicesPerCard - 1);

/** One answer: an option, a typed command, or an order of the options. */
export const answerSchema = z.union([
  z.object({ index: answerIndex, option: optionIndex }).strict(),
  z.object({ index: answerIndex, text: z.string().max(TYPED_MAX_CHARS) }).strict(),
  z
    .object({
      index: answerIndex,
      order: z.array(optionIndex).min(2).max(LIMITS.choicesPerCard),
    })
    .strict(),
]);

export const hostCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.enum(['lock', 'unlock', 'start', 'next', 'skip', 'end']) }).strict(),
  z.object({ type: z.literal('kick'), playerId: z.string().min(1).max(64) }).strict(),
  z
    .object({
      type: z.literal('extend'),
      playerId: z.string().min(1).max(64),
      seconds: z.number().int().min(0).max(EXTRA_SECONDS_MAX),
    })
    .strict(),
]);

export type CreateGameBody = z.output<ReturnType<typeof createGameSchema>>;
export type HostCommandBody = z.output<typeof hostCommandSchema>;
export type AnswerBody = z.output<typeof answerSchema>;

/** "cards.3.choices: Too small…" — the first problem, for `{ error }`. */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (issue === undefined) return 'invalid request';
  const path = issue.path.join('.');
  return path === '' ? issue.message : `${path}: ${issue.message}`;
}
