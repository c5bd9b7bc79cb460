// The learner's order choices for a session over several decks, and the seeded randomness behind
// "random": a hash of the study day and a card or step, so the order is the same all day (every
// render, every tab) and different tomorrow.

export const DECK_ORDERS = ['deck', 'interleaved', 'random'] as const;
export const NEW_CARD_ORDERS = ['deck', 'random'] as const;

/** How a session over several decks takes its cards from them. */
export type DeckOrder = (typeof DECK_ORDERS)[number];
/** The order of today's new cards within a deck. */
export type NewCardOrder = (typeof NEW_CARD_ORDERS)[number];

export interface StudyOrder {
  decks: DeckOrder;
  newCards: NewCardOrder;
}

export const DEFAULT_STUDY_ORDER: StudyOrder = { decks: 'deck', newCards: 'deck' };

/** FNV-1a, 32 bits: a fast, well-spread hash of a short string. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Of these card ids (today's gathered new cards), the one a seeded shuffle puts first. */
export function firstShuffled(ids: readonly string[], seed: string): string | undefined {
  let best: string | undefined;
  let bestHash = Infinity;
  for (const id of ids) {
    const h = hash32(`${seed}:${id}`);
    if (h < bestHash) {
      bestHash = h;
      best = id;
    }
  }
  return best;
}

/**
 * Which of several decks gives the next card, given how many cards each can still give (in deck
 * order) and how many this kind of card were answered today (`step`): the first in deck order, each
 * in turn, or one drawn at random weighted by what it holds (seeded by day and step, so it is stable).
 */
export function chooseDeck(available: readonly number[], order: DeckOrder, step: number, seed: string): number {
  const open = available.map((n, i) => (n > 0 ? i : -1)).filter((i) => i >= 0);
  if (open.length === 0) return -1;
  if (order === 'deck') return open[0];
  if (order === 'interleaved') return open[step % open.length];
  const total = open.reduce((s, i) => s + available[i], 0);
  let draw = hash32(`${seed}:${step}`) % total;
  for (const i of open) {
    if (draw < available[i]) return i;
    draw -= available[i];
  }
  return open[open.length - 1];
}
