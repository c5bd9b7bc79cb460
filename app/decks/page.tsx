import type { Metadata } from 'next';

import { DeckList } from '@/components/decks/deck-list';
import { readBundledDecks } from '@/lib/build/bundled-decks';

export const metadata: Metadata = { title: 'Decks' };

export default function DecksPage() {
  // Prerendered from the bundle, so the decks paint before the store has loaded.
  const listing = readBundledDecks().decks.map(({ id, title, summary, sources, cards }) => ({ id, title, summary, sources, cardCount: cards.length }));
  return (
    <>
      <h1>Decks</h1>
      <DeckList listing={listing} />
    </>
  );
}
