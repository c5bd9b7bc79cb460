// Turns multiple-choice cards into quiz questions: pick, shuffle questions and options.
import type { Choice } from '@/lib/decks/types';

import { shuffle, type RandomSource } from './random';
import type { Question, QuizCard } from './types';

/** The deck compiler's choice-card shape (a subset of CompiledCard). */
export interface CompiledChoiceCard {
  id: string;
  deckId: string;
  kind: 'choice';
  prompt: string;
  answer?: string;
  choices: Choice[];
  source?: string;
}

/** Accepts a compiled choice card or a QuizCard; returns undefined for anything unusable. */
export function toQuizCard(card: CompiledChoiceCard | QuizCard): QuizCard | undefined {
  if (isQuizCard(card)) return isPlayable(card) ? card : undefined;
  if (card.kind !== 'choice' || !Array.isArray(card.choices)) return undefined;
  const rightIndexes = card.choices.flatMap((c, i) => (c.correct ? [i] : []));
  if (rightIndexes.length !== 1) return undefined;
  const quizCard: QuizCard = {
    id: card.id,
    deckId: card.deckId,
    prompt: card.prompt,
    choices: card.choices.map((c) => c.text),
    correct: rightIndexes[0] as number,
    ...(card.source === undefined ? {} : { source: card.source }),
  };
  return isPlayable(quizCard) ? quizCard : undefined;
}

function isQuizCard(card: CompiledChoiceCard | QuizCard): card is QuizCard {
  return typeof (card as QuizCard).correct === 'number';
}

function isPlayable(card: QuizCard): boolean {
  return (
    card.choices.length >= 2 &&
    Number.isInteger(card.correct) &&
    card.correct >= 0 &&
    card.correct < card.choices.length &&
    new Set(card.choices).size === card.choices.length
  );
}

/** Draws up to `count` cards in random order, each with its options in random order. */
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
      };
    });
}
