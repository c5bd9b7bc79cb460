// npm run -s export:apkg -- FILE — every bundled deck as one Anki package (.apkg) that Anki 2.1 and
// later import; the build writes it to out/decks/containerd-cards.apkg for the Decks screen's download.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import initSqlJs from 'sql.js';

import { writePackage } from '@/lib/anki/write-package';
import { formatProblem } from '@/lib/decks';
import { withCardHtml } from '@/lib/decks/card-html';
import { jsdomMarkdownRenderer } from '@/lib/markdown/jsdom-renderer';

import { compileSources } from './read-decks';

export async function exportBundledApkg(file: string, now = Date.now()): Promise<{ bytes: number; cards: number; seconds: number }> {
  const started = performance.now();
  const { bundle, diagrams, problems } = compileSources();
  if (problems.length > 0) throw new Error(problems.map(formatProblem).join('\n'));
  const render = jsdomMarkdownRenderer();
  const decks = withCardHtml(bundle, render).decks;
  const apkg = writePackage(await initSqlJs(), { decks, render, diagrams: new Map(diagrams.map((d) => [d.id, d])), now });
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  writeFileSync(file, apkg);
  return { bytes: apkg.length, cards: decks.reduce((n, d) => n + d.cards.length, 0), seconds: (performance.now() - started) / 1000 };
}

if (require.main === module) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: npm run -s export:apkg -- FILE.apkg');
    process.exit(2);
  }
  exportBundledApkg(file).then(
    ({ bytes, cards }) => console.log(`export:apkg: ${cards} cards, ${(bytes / 1024).toFixed(0)} KiB → ${file}`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
