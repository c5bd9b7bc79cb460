// What an import hands to the store, whatever the file was: decks of cards in our compiled shape (their
// HTML not yet sanitized: the page does that, as the deck build does for bundled cards), the review
// history to replay, and the images. Plain data, so it crosses from the worker by structured clone.
import type { CardKind, CompiledCard, DeckSource } from '@/lib/decks/types';
import type { Rating } from '@/lib/srs/types';

import type { MediaFile } from './media';

export interface ImportedDeck {
  id: string;
  title: string;
  summary: string;
  sources: DeckSource[];
  cards: CompiledCard[];
}

/** One answer from the file's history, to replay through our scheduler. */
export interface ImportedReview {
  cardId: string;
  rating: Rating;
  reviewedAt: number;
  durationMs: number;
}

export interface ImportResult {
  format: 'apkg' | 'anki21b' | 'text' | 'markdown';
  notes: number;
  decks: ImportedDeck[];
  reviews: ImportedReview[];
  media: MediaFile[];
}

export interface ImportSummary {
  notes: number;
  cards: number;
  kinds: Partial<Record<CardKind, number>>;
  media: number;
  reviews: number;
}

export function summarizeImport(result: ImportResult): ImportSummary {
  const kinds: Partial<Record<CardKind, number>> = {};
  let cards = 0;
  for (const deck of result.decks) {
    for (const card of deck.cards) {
      cards++;
      kinds[card.kind] = (kinds[card.kind] ?? 0) + 1;
    }
  }
  return { notes: result.notes, cards, kinds, media: result.media.length, reviews: result.reviews.length };
}

/** Imported deck ids never meet a bundled one (bundled ids are kebab-case words). */
export const IMPORTED_PREFIX = 'imp-';
