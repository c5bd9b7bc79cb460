// npm run decks:build — compiles decks/ into public/decks/bundle.json for the export and the service worker.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { compileDecks, formatProblem } from '@/lib/decks';

import { readDeckFiles, ROOT } from './read-decks';

const { bundle, problems } = compileDecks(readDeckFiles());
if (problems.length > 0) {
  for (const p of problems) console.error(formatProblem(p));
  console.error('decks:build: fix the problems above (npm run decks:check)');
  process.exit(1);
}
const dir = join(ROOT, 'public', 'decks');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'bundle.json'), JSON.stringify(bundle));
console.log(`decks:build: ${bundle.decks.length} decks, version ${bundle.version} → public/decks/bundle.json`);
