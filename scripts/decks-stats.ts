// npm run -s decks:stats — card counts as JSON on stdout.
import { compileDecks, deckStats, formatProblem } from '@/lib/decks';

import { readDeckFiles } from './read-decks';

const { bundle, problems } = compileDecks(readDeckFiles());
if (problems.length > 0) {
  for (const p of problems) console.error(formatProblem(p));
  process.exit(1);
}
process.stdout.write(`${JSON.stringify(deckStats(bundle))}\n`);
