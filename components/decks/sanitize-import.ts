// An import's cards made safe on the page, before the store sees them (DOMPurify needs a DOM, which the
// worker has not): HTML from a package or text file through the imported-HTML sanitizer, and our own
// Markdown decks rendered to HTML the way the deck build renders the bundled ones.
import DOMPurify from 'dompurify';

import type { ImportedDeck } from '@/lib/anki/imported';
import { withCardHtml } from '@/lib/decks/card-html';
import type { CompiledCard } from '@/lib/decks/types';
import { importedHtmlSanitizer, markdownRenderer, withoutHandlers } from '@/lib/markdown/render';

function sanitizeCard(card: CompiledCard, clean: (html: string) => string): CompiledCard {
  const html = card.html!;
  return {
    ...card,
    html: { prompt: clean(html.prompt), ...(html.back === undefined ? {} : { back: clean(html.back) }), answer: clean(html.answer) },
    ...(card.choices ? { choices: card.choices.map((c) => ({ ...c, html: c.html === undefined ? undefined : clean(c.html) })) } : {}),
  };
}

/** A sanitizer for one import, made once: its batches then pay only for their own cards. */
export function importSanitizer(): (decks: readonly ImportedDeck[]) => ImportedDeck[] {
  const clean = importedHtmlSanitizer(DOMPurify, () => DOMPurify(window));
  const markdown = markdownRenderer(DOMPurify);
  const render = (text: string, inline?: boolean) => markdown(withoutHandlers(text), inline);
  return (decks) =>
    decks.map((deck) => {
      if (deck.cards.every((c) => c.html)) return { ...deck, cards: deck.cards.map((c) => sanitizeCard(c, clean)) };
      const [rendered] = withCardHtml({ version: '', decks: [{ ...deck, order: 0, hash: '' }] }, render).decks;
      return { ...deck, cards: rendered!.cards };
    });
}

export function sanitizeImportedDecks(decks: readonly ImportedDeck[]): ImportedDeck[] {
  return importSanitizer()(decks);
}
