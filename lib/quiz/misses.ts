// What one player got wrong or left unanswered in a game, for their own study: the questions
// revealed while they played (skipped ones say nothing), with the card's content so a phone that
// does not hold the card can still keep it. Built for one player; nothing about anyone else.
import type { Credits, QuizState } from './types';

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

/**
 * The revealed questions the player was in and did not get fully right (a partly right order is a
 * miss), in game order. In a challenge nothing is revealed to the room: each answer reveals its own
 * question to its player, so the misses are the questions they answered and did not get fully right
 * (one not answered yet has shown them no answer, and is not listed).
 */
export function missedIndexes(state: QuizState, credits: Credits | undefined): number[] {
  if (credits === undefined) return [];
  if (state.challenge !== undefined)
    return Object.entries(credits)
      .filter(([, credit]) => credit !== null && credit !== 1)
      .map(([index]) => Number(index))
      .sort((a, b) => a - b);
  return state.results.flatMap((r) => (r.skipped || !(r.index in credits) || credits[r.index] === 1 ? [] : [r.index]));
}

/** The player's misses; undefined when the game holds no such player (active or departed). */
export function playerMisses(state: QuizState, playerId: string): MissedQuestion[] | undefined {
  const player = state.players.find((p) => p.id === playerId) ?? state.departed.find((p) => p.id === playerId);
  if (player === undefined) return undefined;
  return missedIndexes(state, player.credits).flatMap((index) => {
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
