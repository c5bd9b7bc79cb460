// The diagrams' size budget (decks/README.md, "Diagrams"): the app fetches every compiled diagram in one
// file the first time a diagram card shows, on a phone, so each must stay small.
import type { DeckProblem } from '../types';
import type { CompiledDiagram } from './types';

export const DIAGRAM_BUDGET = {
  /** One compiled diagram, as JSON. */
  eachBytes: 12 * 1024,
  /** public/decks/diagrams.json, every diagram together; over the wire it is gzip (decks:check measures that). */
  totalBytes: 56 * 1024,
  gzipTotalBytes: 10 * 1024,
};

const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

export function diagramSizeProblems(diagrams: readonly CompiledDiagram[], budget = DIAGRAM_BUDGET): DeckProblem[] {
  const problems: DeckProblem[] = [];
  for (const d of diagrams) {
    const size = bytes(d);
    if (size > budget.eachBytes) {
      problems.push({ file: `decks/diagrams/${d.id}.yaml`, line: 1, message: `diagram "${d.id}" compiles to ${size} bytes; the budget is ${budget.eachBytes} per diagram` });
    }
  }
  const total = bytes({ diagrams });
  if (total > budget.totalBytes) {
    problems.push({ file: 'decks/diagrams', line: 1, message: `the diagrams compile to ${total} bytes together; the budget is ${budget.totalBytes}` });
  }
  return problems;
}
