// What one player got wrong or left unanswered in a game, for their own study: the questions
// revealed while they played (skipped ones say nothing), with the card's content so a phone that
// does not hold the card can still keep it. Built for one player; nothing about anyone else.
import type { Picks, QuizState } from './types';

export interface MissedQuestion {
  cardId: string;
  deckId: string;
  prompt: string;
  options: string[];
  correct: number;
  /** What this player picked; null when they did not answer. */
  yourOption: number | null;
  explanation?: string;
  source?: string;
}

/** The revealed questions at which `picks` is not the right option, in game order. */
export function missedIndexes(state: QuizState, picks: Picks | undefined): number[] {
  if (picks === undefined) return [];
  return state.results.flatMap((r) => {
    if (r.skipped || !(r.index in picks)) return [];
    const question = state.questions[r.index];
    return question !== undefined && picks[r.index] !== question.correct ? [r.index] : [];
  });
}

/** The player's misses; undefined when the game holds no such player (active or departed). */
export function playerMisses(state: QuizState, playerId: string): MissedQuestion[] | undefined {
  const player = state.players.find((p) => p.id === playerId) ?? state.departed.find((p) => p.id === playerId);
  if (player === undefined) return undefined;
  return missedIndexes(state, player.picks).flatMap((index) => {
    const q = state.questions[index];
    if (q === undefined) return [];
    return [
      {
        cardId: q.cardId,
        deckId: q.deckId,
        prompt: q.prompt,
        options: q.options,
        correct: q.correct,
        yourOption: player.picks?.[index] ?? null,
        ...(q.explanation === undefined ? {} : { explanation: q.explanation }),
        ...(q.source === undefined ? {} : { source: q.source }),
      },
    ];
  });
}
