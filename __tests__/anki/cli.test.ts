/**
 * @jest-environment node
 */
// npm run -s decks:from-apkg -- FILE: the JSON summary of what an import would bring, or the reason it
// would be refused (exit 1).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { CLOZE_MID, handCollection, legacyPackage, loadSql, PNG } from './support';

const ROOT = path.join(__dirname, '..', '..');
const dir = mkdtempSync(path.join(tmpdir(), 'cc-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(file: string) {
  return spawnSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/decks-from-apkg.ts', file], { cwd: ROOT, encoding: 'utf8' });
}

it('prints notes, cards, kinds, media and reviews of a package, and refuses a file that is none', async () => {
  const SQL = await loadSql();
  const col = handCollection(
    SQL,
    [
      { guid: 'a', fields: ['<img src="a.png">', 'b'] },
      { guid: 'b', model: CLOZE_MID, fields: ['{{c1::x}} {{c2::y}}', ''] },
    ],
    {
      revlog: [[Date.UTC(2026, 0, 1), 1_650_000_000_000, 3, 1000]],
    },
  );
  const file = path.join(dir, 'deck.apkg');
  writeFileSync(file, legacyPackage(col, { '0': PNG }, { '0': 'a.png' }));
  const ok = run(file);
  expect(ok.status).toBe(0);
  expect(JSON.parse(ok.stdout)).toEqual({ notes: 2, cards: 3, kinds: { basic: 1, cloze: 2 }, media: 1, reviews: 1 });

  const bad = path.join(dir, 'bad.apkg');
  writeFileSync(bad, 'no zip here');
  const refused = run(bad);
  expect(refused.status).toBe(1);
  expect(refused.stderr).toContain('bad.apkg: This file is not an Anki package');
}, 60_000);
