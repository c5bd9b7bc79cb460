// Gives every card of a compiled bundle its HTML (npm run decks:build): the screens then show cards
// without parsing Markdown. The hashes and the bundle version cover the HTML too, so a change in how
// cards render reaches stored cards like any edit does (their progress kept).
import type { RenderMarkdown } from '@/lib/markdown/render';

import { clozeBack, clozeFront } from './answers';
import { contentHash } from './hash';
import type { CompiledCard, CompiledDeck, DeckBundle } from './types';

function cardWithHtml(card: CompiledCard, render: RenderMarkdown): CompiledCard {
  const cloze = card.kind === 'cloze';
  const html = {
    prompt: render(cloze ? clozeFront(card.prompt) : card.prompt),
    ...(cloze ? { back: render(clozeBack(card.prompt)) } : {}),
    answer: card.answer.trim() === '' ? '' : render(card.answer),
  };
  const choices = card.choices?.map((c) => ({ ...c, html: render(c.text, true) }));
  const steps = card.steps?.map((s) => ({ ...s, html: render(s.text, true) }));
  const hash = contentHash(JSON.stringify([card.hash, html, choices?.map((c) => c.html), ...(steps ? [steps.map((s) => s.html)] : [])]));
  return { ...card, ...(choices ? { choices } : {}), ...(steps ? { steps } : {}), html, hash };
}

function deckWithHtml(deck: CompiledDeck, render: RenderMarkdown): CompiledDeck {
  const cards = deck.cards.map((c) => cardWithHtml(c, render));
  return { ...deck, cards, hash: contentHash(JSON.stringify([deck.hash, cards.map((c) => c.hash)])) };
}

export function withCardHtml(bundle: DeckBundle, render: RenderMarkdown): DeckBundle {
  const decks = bundle.decks.map((d) => deckWithHtml(d, render));
  return { ...bundle, decks, version: contentHash(decks.map((d) => d.hash).join('|')) };
}
