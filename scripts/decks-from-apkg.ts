// npm run -s decks:from-apkg -- FILE — what the app would import from a file (.apkg, Anki text, our
// Markdown), as JSON: {"notes", "cards", "kinds", "media", "reviews"}. The same code the import worker
// runs; a refused file prints the reason and exits 1.
import { readFileSync } from 'node:fs';
import path from 'node:path';

import initSqlJs from 'sql.js';

import { ImportError } from '@/lib/anki/errors';
import { importFile } from '@/lib/anki/import-file';
import { summarizeImport } from '@/lib/anki/imported';

const file = process.argv[2];
if (!file) {
  console.error('usage: npm run -s decks:from-apkg -- FILE');
  process.exit(2);
}
importFile(path.basename(file), readFileSync(file), () => initSqlJs()).then(
  (result) => console.log(JSON.stringify(summarizeImport(result))),
  (error: unknown) => {
    console.error(error instanceof ImportError ? `${file}: ${error.message}` : error);
    process.exit(1);
  },
);
