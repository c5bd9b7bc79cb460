// Turns multiple-choice and point-at diagram cards into quiz questions: pick, shuffle questions and
// options. A diagram question's options are regions of its picture: the right one and up to seven
// others drawn at random, so the set of options says nothing about where the answer is.
import type { DiagramRef } from '@/lib/decks/diagrams/types';
import type { CardKind, Choice } from '@/lib/decks/types';

import { cryptoRandom, shuffle, type RandomSource } from './random';
import type { Question, QuizCard } from './types';

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

function isPlayable(card: QuizCard): boolean {
  const regions = card.diagram?.regions;
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
    .map((card) => {
      const order = shuffle(
        card.choices.map((_, i) => i),
        random,
      );
      return {
        cardId: card.id,
        deckId: card.deckId,
        prompt: card.prompt,
        options: order.map((i) => card.choices[i] as string),
        correct: order.indexOf(card.correct),
        ...(card.source === undefined ? {} : { source: card.source }),
        ...(card.explanation === undefined ? {} : { explanation: card.explanation }),
        ...(card.diagram === undefined
          ? {}
          : { diagram: { id: card.diagram.id, regions: order.map((i) => card.diagram!.regions[i] as string) } }),
      };
    });
}
