// npm run decks:check — validates every deck and prints each problem as file:line: message.
import { compileDecks, deckStats, formatProblem } from '@/lib/decks';

import { readDeckFiles } from './read-decks';

const files = readDeckFiles();
const { bundle, problems } = compileDecks(files);
for (const p of problems) console.error(formatProblem(p));
if (problems.length > 0) {
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files.length} deck files`);
  process.exit(1);
}
const stats = deckStats(bundle);
console.log(`decks ok: ${stats.decks.length} decks, ${stats.cards} cards, ${stats.withChoices} multiple choice`);
