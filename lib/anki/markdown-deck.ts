// A deck in our own Markdown format (decks/README.md), imported as the learner's: parsed and checked
// by lib/decks as the bundled decks are, with ids prefixed so it never takes a bundled deck's place.
import { compileDecks } from '@/lib/decks/compile-decks';
import { formatProblem } from '@/lib/decks/types';

import { ImportError } from './errors';
import { IMPORTED_PREFIX, type ImportResult } from './imported';
import { counted } from '../text/counted';

export function importMarkdownDeck(fileName: string, text: string): ImportResult {
  const { bundle, problems } = compileDecks([{ path: fileName, text }], false);
  if (problems.length > 0) {
    const shown = problems.slice(0, 3).map(formatProblem).join('; ');
    throw new ImportError('bad-deck', `This deck has ${counted(problems.length, 'problem')}: ${shown}${problems.length > 3 ? '; …' : ''}`);
  }
  const decks = bundle.decks.map((deck) => {
    const id = `${IMPORTED_PREFIX}${deck.id}`;
    return {
      id,
      title: deck.title,
      summary: deck.summary,
      sources: deck.sources,
      cards: deck.cards.map((c) => ({ ...c, id: `${id}--${c.id}`, deckId: id })),
    };
  });
  return { format: 'markdown', notes: decks.reduce((n, d) => n + d.cards.length, 0), decks, reviews: [], media: [] };
}
