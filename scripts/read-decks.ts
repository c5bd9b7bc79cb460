// Reads every deck source in decks/ (all .md files but README.md), sorted by name.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import type { DeckFile } from '@/lib/decks';

export const ROOT = join(__dirname, '..');
export const DECKS_DIR = join(ROOT, 'decks');

export function readDeckFiles(dir = DECKS_DIR): DeckFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .sort()
    .map((f) => ({ path: relative(ROOT, join(dir, f)), text: readFileSync(join(dir, f), 'utf8') }));
}
