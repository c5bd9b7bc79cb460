// Compiles every diagram source (decks/diagrams/<id>.yaml) and checks them as a set.
import type { DeckProblem } from '../types';
import { compileDiagram } from './compile-diagram';
import { parseDiagramSource, type DiagramFile } from './source';
import type { CompiledDiagram } from './types';

export function compileDiagrams(files: readonly DiagramFile[]): { diagrams: CompiledDiagram[]; problems: DeckProblem[] } {
  const problems: DeckProblem[] = [];
  const diagrams: CompiledDiagram[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const { parsed, problems: parseProblems } = parseDiagramSource(file);
    problems.push(...parseProblems);
    if (!parsed) continue;
    const { id } = parsed.source;
    const base = file.path.split('/').pop()?.replace(/\.ya?ml$/, '');
    if (base !== id) problems.push({ file: file.path, line: parsed.line(['id']), message: `diagram "${id}" belongs in a file named ${id}.yaml` });
    const first = seen.get(id);
    if (first) problems.push({ file: file.path, line: parsed.line(['id']), message: `duplicate diagram id "${id}" (also in ${first})` });
    else seen.set(id, file.path);
    const { diagram, problems: layoutProblems } = compileDiagram(file.path, parsed);
    problems.push(...layoutProblems);
    if (diagram) diagrams.push(diagram);
  }
  return { diagrams: diagrams.sort((a, b) => a.id.localeCompare(b.id)), problems };
}
