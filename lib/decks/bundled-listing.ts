// Build time only (server components and scripts): the decks this build ships, for prerendering.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { DeckBundle } from './types';

export const BUNDLE_FILE = join(process.cwd(), 'public', 'decks', 'bundle.json');

export function readBundledDecks(): DeckBundle {
  return JSON.parse(readFileSync(BUNDLE_FILE, 'utf8')) as DeckBundle;
}

export function bundledListing(): { id: string; title: string }[] {
  return readBundledDecks().decks.map((d) => ({ id: d.id, title: d.title }));
}
