// npm run -s decks:stats — card counts as JSON on stdout.
import { deckStats, formatProblem } from '@/lib/decks';

import { compileSources } from './read-decks';

const { bundle, problems } = compileSources();
if (problems.length > 0) {
  for (const p of problems) console.error(formatProblem(p));
  process.exit(1);
}
process.stdout.write(`${JSON.stringify(deckStats(bundle))}\n`);
