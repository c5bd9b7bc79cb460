// The compiled deck format: what lib/decks produces and lib/db stores.
import type { DiagramRef } from './diagrams/types';
import type { UpgradeStageId } from './upgrade-stages';

export type CardKind = 'basic' | 'cloze' | 'choice' | 'typed' | 'diagram' | 'truefalse' | 'order';

export interface Choice {
  text: string;
  correct: boolean;
  /** The option as inline HTML, rendered and sanitized by the deck build (see CardHtml). */
  html?: string;
}

/**
 * A card's text as sanitized HTML, rendered from its Markdown by `npm run decks:build`, so the study
 * screen needs no Markdown parser. Absent on cards compiled without it (tests, checks).
 */
/** One step of an order card. */
export interface OrderStep {
  text: string;
  /** The step as inline HTML, rendered and sanitized by the deck build (see CardHtml). */
  html?: string;
}

export interface CardHtml {
  /** What the prompt side shows; for a cloze, the text with every deletion hidden. */
  prompt: string;
  /** Cloze cards: the text with every deletion filled in and emphasised. */
  back?: string;
  /** The answer, explanation or cloze note; empty when the card has none. */
  answer: string;
}

export interface CompiledCard {
  id: string;
  deckId: string;
  kind: CardKind;
  /** Markdown. For cloze cards it holds the `{{deletions}}`. */
  prompt: string;
  /** Markdown. For cloze cards an optional note (may be empty). */
  answer: string;
  source: string;
  sourceUrl: string;
  versions: string[];
  /** Cards asking the same for other containerd versions (ranges that do not overlap this card's). */
  variants?: string[];
  /** The upgrade session's stage for a card that changes between supported lines (`upgrade:`; lib/decks/upgrade-stages.ts). */
  upgrade?: UpgradeStageId;
  tags: string[];
  /** Multiple-choice options, in authored order (the study screen shuffles). */
  choices?: Choice[];
  /** Typed answers: the canonical answer first, then accepted variants. */
  accept?: string[];
  /** True/false cards: whether the statement in the prompt is true. */
  truth?: boolean;
  /** Order cards: the steps in their right order, as authored (the study screen and the quiz shuffle them). */
  steps?: OrderStep[];
  /** Diagram cards: the picture, how the card asks, and the regions it is about. */
  diagram?: DiagramRef;
  /** Position in the deck, for stable new-card order. */
  position: number;
  html?: CardHtml;
  /** Hash of the content, to tell an edited card from an unchanged one. */
  hash: string;
}

export interface DeckSource {
  label: string;
  url: string;
}

export interface CompiledDeck {
  id: string;
  title: string;
  summary: string;
  order: number;
  sources: DeckSource[];
  cards: CompiledCard[];
  hash: string;
}

export interface DeckBundle {
  /** Hash of every deck: changes whenever any card or deck changes. */
  version: string;
  decks: CompiledDeck[];
}

export interface DeckProblem {
  file: string;
  line: number;
  message: string;
}

export function formatProblem(p: DeckProblem): string {
  return `${p.file}:${p.line}: ${p.message}`;
}
