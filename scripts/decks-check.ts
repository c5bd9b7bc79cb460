// npm run decks:check — validates every deck and diagram and prints each problem as file:line: message.
import { gzipSync } from 'node:zlib';

import { deckStats, formatProblem, type DeckProblem } from '@/lib/decks';
import { DIAGRAM_BUDGET, diagramSizeProblems } from '@/lib/decks/diagrams/size-budget';

import { compileSources } from './read-decks';

const { bundle, diagrams, problems: compileProblems, fileCount } = compileSources();
const diagramFile = JSON.stringify({ diagrams });
const gzip = gzipSync(diagramFile, { level: 9 }).length;
const gzipProblem: DeckProblem[] =
  gzip > DIAGRAM_BUDGET.gzipTotalBytes
    ? [{ file: 'decks/diagrams', line: 1, message: `the diagrams take ${gzip} bytes gzip; the budget is ${DIAGRAM_BUDGET.gzipTotalBytes}` }]
    : [];
const problems = [...compileProblems, ...diagramSizeProblems(diagrams), ...gzipProblem];
for (const p of problems) console.error(formatProblem(p));
if (problems.length > 0) {
  console.error(
    `\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${fileCount} deck files and ${diagrams.length} diagrams`,
  );
  process.exit(1);
}
const stats = deckStats(bundle);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `decks ok: ${stats.decks.length} decks, ${stats.cards} cards, ${stats.withChoices} multiple choice, ${stats.kinds.truefalse} true/false, ${stats.kinds.order} order, ${stats.kinds.diagram} on ${diagrams.length} diagrams`,
);
console.log(
  `diagrams.json: ${kb(diagramFile.length)}, ${kb(gzip)} gzip (budget ${kb(DIAGRAM_BUDGET.totalBytes)}, ${kb(DIAGRAM_BUDGET.gzipTotalBytes)} gzip)`,
);
