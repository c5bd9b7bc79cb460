// Compiles deck sources into one bundle: parse, validate, then the cross-deck content checks.
import type { CompiledDiagram } from './diagrams/types';
import { contentHash } from './hash';
import { DEFAULT_LINT, lintDecks, type DeckLocation, type LintOptions } from './lint-decks';
import { parseDeckSource } from './parse-deck';
import type { CompiledDeck, DeckBundle, DeckProblem } from './types';
import { validateDeck } from './validate-deck';
import { checkVariants } from './variants';

export interface DeckFile {
  /** Path shown in problems, e.g. decks/runc.md. */
  path: string;
  text: string;
}

export interface CompileResult {
  bundle: DeckBundle;
  problems: DeckProblem[];
}

/** `diagrams` are the compiled diagrams diagram cards may name (compileDiagrams). */
export function compileDecks(files: DeckFile[], lint: LintOptions | false = DEFAULT_LINT, diagrams: readonly CompiledDiagram[] = []): CompileResult {
  const diagramIndex = new Map(diagrams.map((d) => [d.id, d]));
  const problems: DeckProblem[] = [];
  const compiled: { deck: CompiledDeck; where: DeckLocation }[] = [];
  const deckIds = new Map<string, string>();
  const cardIds = new Map<string, string>();

  for (const file of files) {
    const { raw, problems: parseProblems } = parseDeckSource(file.path, file.text);
    problems.push(...parseProblems);
    if (!raw) continue;
    const { deck, problems: deckProblems } = validateDeck(raw, diagramIndex);
    problems.push(...deckProblems);
    const idLine = raw.frontLines.get('id') ?? 1;
    const deckId = typeof raw.front.id === 'string' ? raw.front.id : undefined;
    if (deckId) {
      const first = deckIds.get(deckId);
      if (first) problems.push({ file: file.path, line: idLine, message: `duplicate deck id "${deckId}" (also in ${first})` });
      else deckIds.set(deckId, file.path);
    }
    for (const rc of raw.cards) {
      const other = cardIds.get(rc.id);
      if (rc.id && other && other !== file.path) {
        problems.push({ file: file.path, line: rc.line, message: `duplicate card id "${rc.id}" (also in ${other})` });
      } else if (rc.id && !other) {
        cardIds.set(rc.id, file.path);
      }
    }
    if (deck && parseProblems.length === 0) {
      compiled.push({ deck, where: { file: file.path, cardLines: new Map(raw.cards.map((c) => [c.id, c.line])) } });
    }
  }
  if (lint) problems.push(...lintDecks(compiled, lint));
  problems.push(...checkVariants(compiled));

  const decks = compiled.map((c) => c.deck).sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));
  const version = contentHash(decks.map((d) => d.hash).join('|'));
  return { bundle: { version, decks }, problems: problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line) };
}
