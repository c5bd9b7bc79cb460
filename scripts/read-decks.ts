// Reads every deck source in decks/ (all .md files but README.md) and every diagram source in
// decks/diagrams/ (.yaml), sorted by name, and compiles them together.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import { compileDecks, type DeckFile, type DeckProblem } from '@/lib/decks';
import { compileDiagrams } from '@/lib/decks/diagrams/compile-diagrams';
import type { DiagramFile } from '@/lib/decks/diagrams/source';

export const ROOT = join(__dirname, '..');
export const DECKS_DIR = join(ROOT, 'decks');
export const DIAGRAMS_DIR = join(DECKS_DIR, 'diagrams');

function readSources(dir: string, keep: (file: string) => boolean): DeckFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter(keep)
    .sort()
    .map((f) => ({ path: relative(ROOT, join(dir, f)), text: readFileSync(join(dir, f), 'utf8') }));
}

export function readDeckFiles(dir = DECKS_DIR): DeckFile[] {
  return readSources(dir, (f) => f.endsWith('.md') && f !== 'README.md');
}

export function readDiagramFiles(dir = DIAGRAMS_DIR): DiagramFile[] {
  return readSources(dir, (f) => f.endsWith('.yaml'));
}

/** Diagrams first: diagram cards name them. */
export function compileSources() {
  const deckFiles = readDeckFiles();
  const { diagrams, problems: diagramProblems } = compileDiagrams(readDiagramFiles());
  const { bundle, problems } = compileDecks(deckFiles, undefined, diagrams);
  const all: DeckProblem[] = [...diagramProblems, ...problems];
  return { bundle, diagrams, problems: all, fileCount: deckFiles.length };
}
