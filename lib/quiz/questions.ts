// Turns cards into quiz questions: multiple choice, point-at diagrams, true/false, typed commands and
// order-the-steps; picks and shuffles questions and options. A diagram question's options are regions of
// its picture: the right one and up to seven others drawn at random, so the set of options says nothing
// about where the answer is. True/false keeps "True", "False" in that order; an order question's steps
// are shuffled (never left in their right order when there are two or more).
import type { DiagramRef } from '@/lib/decks/diagrams/types';
import type { CardKind, Choice, OrderStep } from '@/lib/decks/types';

import { cryptoRandom, shuffle, type RandomSource } from './random';
import { kindOf } from './grading';
import type { Question, QuizCard } from './types';

/** The options of a true/false question, in this order. */
export const TRUE_FALSE = ['True', 'False'];
/** Accepted typed answers kept per question. */
export const ACCEPT_MAX = 8;

/** Options a question offers at most (the projector's letters A–H; the server's limit). */
export const MAX_OPTIONS = 8;

/** The longest explanation a question carries (the server's limit): a longer card answer is left out. */
export const MAX_EXPLANATION_CHARS = 2000;

/** The deck compiler's card, as far as the quiz reads it (a subset of CompiledCard). */
export interface CompiledQuizCard {
  id: string;
  deckId: string;
  kind: CardKind;
  prompt: string;
  answer?: string;
  choices?: Choice[];
  accept?: string[];
  truth?: boolean;
  steps?: OrderStep[];
  diagram?: DiagramRef;
  source?: string;
}

/**
 * Accepts a compiled choice card, a compiled point-at diagram card or a QuizCard; returns undefined for
 * anything unusable. `random` picks a diagram question's other options.
 */
export function toQuizCard(card: CompiledQuizCard | QuizCard, random: RandomSource = cryptoRandom): QuizCard | undefined {
  if (isQuizCard(card)) return isPlayable(card) ? card : undefined;
  const source = {
    ...(card.source === undefined ? {} : { source: card.source }),
    ...explanationOf(card.answer),
  };
  if (card.kind === 'diagram') return diagramQuizCard(card, source, random);
  const base = { id: card.id, deckId: card.deckId, prompt: card.prompt, ...source };
  if (card.kind === 'truefalse' && typeof card.truth === 'boolean') {
    return checked({ ...base, kind: 'truefalse', choices: TRUE_FALSE, correct: card.truth ? 0 : 1 });
  }
  if (card.kind === 'order' && Array.isArray(card.steps)) {
    return checked({ ...base, kind: 'order', choices: card.steps.map((s) => s.text), correct: -1 });
  }
  if (card.kind === 'typed' && Array.isArray(card.accept)) {
    return checked({ ...base, kind: 'typed', choices: [], correct: -1, accept: card.accept.slice(0, ACCEPT_MAX) });
  }
  if (card.kind !== 'choice' || !Array.isArray(card.choices)) return undefined;
  const rightIndexes = card.choices.flatMap((c, i) => (c.correct ? [i] : []));
  if (rightIndexes.length !== 1) return undefined;
  const quizCard: QuizCard = {
    id: card.id,
    deckId: card.deckId,
    prompt: card.prompt,
    choices: card.choices.map((c) => c.text),
    correct: rightIndexes[0] as number,
    ...source,
  };
  return isPlayable(quizCard) ? quizCard : undefined;
}

function explanationOf(answer: string | undefined): { explanation?: string } {
  const text = answer?.trim() ?? '';
  return text === '' || text.length > MAX_EXPLANATION_CHARS ? {} : { explanation: text };
}

function diagramQuizCard(
  card: CompiledQuizCard,
  source: { source?: string; explanation?: string },
  random: RandomSource,
): QuizCard | undefined {
  const ref = card.diagram;
  const target = ref?.regions[0];
  const right = ref?.options?.find((o) => o.id === target);
  if (!ref || ref.interaction !== 'point' || !right) return undefined;
  const others = shuffle(
    (ref.options ?? []).filter((o) => o.id !== target),
    random,
  ).slice(0, MAX_OPTIONS - 1);
  const options = [right, ...others];
  const quizCard: QuizCard = {
    id: card.id,
    deckId: card.deckId,
    prompt: card.prompt,
    choices: options.map((o) => o.name),
    correct: 0,
    ...source,
    diagram: { id: ref.id, regions: options.map((o) => o.id) },
  };
  return isPlayable(quizCard) ? quizCard : undefined;
}

function isQuizCard(card: CompiledQuizCard | QuizCard): card is QuizCard {
  return typeof (card as QuizCard).correct === 'number';
}

const checked = (card: QuizCard) => (isPlayable(card) ? card : undefined);

function isPlayable(card: QuizCard): boolean {
  const regions = card.diagram?.regions;
  const kind = kindOf(card);
  if (kind === 'typed') return card.choices.length === 0 && (card.accept ?? []).some((a) => a.trim() !== '') && card.diagram === undefined;
  if (kind === 'order') {
    return (
      card.choices.length >= 2 &&
      card.choices.length <= MAX_OPTIONS &&
      new Set(card.choices).size === card.choices.length &&
      card.diagram === undefined
    );
  }
  if (kind === 'truefalse' && (card.choices.join() !== TRUE_FALSE.join() || card.diagram !== undefined)) return false;
  return (
    card.choices.length >= 2 &&
    card.choices.length <= MAX_OPTIONS &&
    Number.isInteger(card.correct) &&
    card.correct >= 0 &&
    card.correct < card.choices.length &&
    new Set(card.choices).size === card.choices.length &&
    (regions === undefined || (regions.length === card.choices.length && new Set(regions).size === regions.length))
  );
}

/** Draws up to `count` cards in random order, each with its options (and their regions) in random order. */
export function buildQuestions(cards: readonly QuizCard[], count: number, random: RandomSource): Question[] {
  const unique = [...new Map(cards.filter(isPlayable).map((c) => [c.id, c])).values()];
  return shuffle(unique, random)
    .slice(0, Math.max(0, count))
    .map((card) => toQuestion(card, random));
}

function toQuestion(card: QuizCard, random: RandomSource): Question {
  const kind = kindOf(card);
  const common = {
    cardId: card.id,
    deckId: card.deckId,
    ...(card.kind === undefined ? {} : { kind: card.kind }),
    prompt: card.prompt,
    ...(card.source === undefined ? {} : { source: card.source }),
    ...(card.explanation === undefined ? {} : { explanation: card.explanation }),
  };
  if (kind === 'typed') return { ...common, options: [], correct: -1, accept: card.accept ?? [] };
  if (kind === 'truefalse') return { ...common, options: [...card.choices], correct: card.correct };
  const indexes = card.choices.map((_, i) => i);
  let order = shuffle(indexes, random);
  // An order question must not open already solved.
  if (kind === 'order' && order.every((v, i) => v === i)) order = [...order.slice(1), order[0] as number];
  const options = order.map((i) => card.choices[i] as string);
  if (kind === 'order') return { ...common, options, correct: -1, order: indexes.map((i) => order.indexOf(i)) };
  return {
    ...common,
    options,
    correct: order.indexOf(card.correct),
    ...(card.diagram === undefined
      ? {}
      : { diagram: { id: card.diagram.id, regions: order.map((i) => card.diagram!.regions[i] as string) } }),
  };
}
