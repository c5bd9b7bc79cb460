// npm run decks:check — validates every deck and diagram and prints each problem as file:line: message.
import { deckStats, formatProblem } from '@/lib/decks';
import { diagramSizeProblems } from '@/lib/decks/diagrams/size-budget';

import { compileSources } from './read-decks';

const { bundle, diagrams, problems: compileProblems, fileCount } = compileSources();
const problems = [...compileProblems, ...diagramSizeProblems(diagrams)];
for (const p of problems) console.error(formatProblem(p));
if (problems.length > 0) {
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${fileCount} deck files and ${diagrams.length} diagrams`);
  process.exit(1);
}
const stats = deckStats(bundle);
console.log(
  `decks ok: ${stats.decks.length} decks, ${stats.cards} cards, ${stats.withChoices} multiple choice, ${stats.kinds.diagram} on ${diagrams.length} diagrams`,
);
