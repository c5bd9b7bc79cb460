// Card counts per deck and in total (npm run -s decks:stats).
import type { CardKind, CompiledCard, DeckBundle } from './types';

export type KindCounts = Record<CardKind, number>;

interface Counts {
  cards: number;
  withChoices: number;
  kinds: KindCounts;
  /** Cards tagged `scenario`. */
  scenarios: number;
}

export interface DeckStats extends Counts {
  decks: ({ id: string; title: string } & Counts)[];
}

function count(cards: readonly CompiledCard[]): Counts {
  const kinds: KindCounts = { basic: 0, cloze: 0, choice: 0, typed: 0, diagram: 0, truefalse: 0, order: 0 };
  for (const card of cards) kinds[card.kind]++;
  return {
    cards: cards.length,
    withChoices: kinds.choice,
    kinds,
    scenarios: cards.filter((c) => c.tags.includes('scenario')).length,
  };
}

export function deckStats(bundle: DeckBundle): DeckStats {
  return {
    decks: bundle.decks.map((d) => ({ id: d.id, title: d.title, ...count(d.cards) })),
    ...count(bundle.decks.flatMap((d) => d.cards)),
  };
}
