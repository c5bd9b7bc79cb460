// Build time only (server components and scripts, on Node): the decks this build ships, for prerendering.
// Outside lib/decks, which stays free of Node APIs so it runs the same in a browser and a worker.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { DeckBundle } from '@/lib/decks/types';

export const BUNDLE_FILE = join(process.cwd(), 'public', 'decks', 'bundle.json');

export function readBundledDecks(): DeckBundle {
  return JSON.parse(readFileSync(BUNDLE_FILE, 'utf8')) as DeckBundle;
}

export function bundledListing(): { id: string; title: string }[] {
  return readBundledDecks().decks.map((d) => ({ id: d.id, title: d.title }));
}
