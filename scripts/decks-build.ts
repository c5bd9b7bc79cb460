// npm run decks:build — compiles decks/ into public/decks/bundle.json for the export and the service worker,
// with every card's Markdown rendered to sanitized HTML, and decks/diagrams/ into public/decks/diagrams.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { formatProblem } from '@/lib/decks';
import { withCardHtml } from '@/lib/decks/card-html';
import { diagramSizeProblems } from '@/lib/decks/diagrams/size-budget';
import { jsdomMarkdownRenderer } from '@/lib/markdown/jsdom-renderer';

import { compileSources, ROOT } from './read-decks';

const { bundle: compiled, diagrams, problems: compileProblems } = compileSources();
const problems = [...compileProblems, ...diagramSizeProblems(diagrams)];
if (problems.length > 0) {
  for (const p of problems) console.error(formatProblem(p));
  console.error('decks:build: fix the problems above (npm run decks:check)');
  process.exit(1);
}
// Each card carries its HTML, so the study screen needs no Markdown parser.
const bundle = withCardHtml(compiled, jsdomMarkdownRenderer());
const dir = join(ROOT, 'public', 'decks');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'bundle.json'), JSON.stringify(bundle));
writeFileSync(join(dir, 'diagrams.json'), JSON.stringify({ diagrams }));
console.log(`decks:build: ${bundle.decks.length} decks, ${diagrams.length} diagrams, version ${bundle.version} → public/decks/`);
