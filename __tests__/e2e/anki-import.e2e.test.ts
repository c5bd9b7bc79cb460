/** @jest-environment node */
// Bring your own deck, on a phone, offline: after one online visit, reach Decks by the tab bar, import
// an Anki package (choice cards, an image, hostile HTML), see its image from IndexedDB, study a card of
// it, then quiz a team on it (pass and play: the live server is out of reach offline). A file that is
// not a package is refused with the reason and writes nothing.
import '../server/support/esm-shims';

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import initSqlJs from 'sql.js';

import { writeCollection } from '@/lib/anki/write-collection';
import { zipFiles } from '@/lib/anki/zip';
import { compileDecks } from '@/lib/decks/compile-decks';
import { withCardHtml } from '@/lib/decks/card-html';
import { jsdomMarkdownRenderer } from '@/lib/markdown/jsdom-renderer';

import { PNG } from '../anki/support';
import { launchPersistent, type PersistentContext } from './helpers/browser';
import { countRows, waitForCount } from './helpers/idb';
import { setNetwork, startCountingServer, waitForController, watchProblems, type CountingServer } from './pwa-helpers';

let server: CountingServer;
let browser: PersistentContext;
const dir = mkdtempSync(join(tmpdir(), 'cc-anki-'));

function choice(n: number): string {
  return `
## runbook-${n}
kind: choice
source: containerd/containerd/docs/RUNC.md

### Prompt
Runbook question ${n}: which binary does the shim start?

### Answer
runc, by default.

### Choices
- [x] runc ${n}
- [ ] ctr ${n}
- [ ] nerdctl ${n}
- [ ] crictl ${n}
`;
}

async function teamPackage(): Promise<string> {
  const text = `---\nid: runbook\ntitle: Team runbook\nsummary: Ours.\nsources:\n  - containerd/containerd/docs/RUNC.md\n---\n${[1, 2, 3].map(choice).join('')}`;
  const { bundle, problems } = compileDecks([{ path: 'runbook.md', text }], false);
  if (problems.length) throw new Error(JSON.stringify(problems));
  const decks = withCardHtml(bundle, jsdomMarkdownRenderer()).decks;
  const first = decks[0]!.cards[0]!;
  first.html!.prompt +=
    '<p><img src="shim.png" alt="The shim" onerror="alert(1)"><img src="https://evil.example/t.gif"><script>alert(2)</script></p>';
  const collection = writeCollection(await initSqlJs(), { decks, now: Date.now() });
  const file = join(dir, 'runbook.apkg');
  writeFileSync(
    file,
    zipFiles({ 'collection.anki2': collection, media: new TextEncoder().encode('{"0":"shim.png"}'), '0': PNG }, Date.now()),
  );
  return file;
}

beforeAll(async () => {
  server = await startCountingServer();
  browser = await launchPersistent();
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(`${server.url}/`);
  await waitForController(page);
  await page
    .getByRole('link', { name: /^Study/ })
    .first()
    .waitFor();
  await page.close();
  await setNetwork(browser.context, server, false);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

it('imports a package offline from the Decks tab, shows its image, studies it and quizzes a team on it', async () => {
  const file = await teamPackage();
  const bad = join(dir, 'not-a-deck.apkg');
  writeFileSync(bad, '<html>not a zip</html>');
  const page = await browser.context.newPage();
  const problems = await watchProblems(page);
  await page.goto(`${server.url}/`);
  await page.getByRole('link', { name: 'Decks', exact: true }).tap();
  await page.getByRole('heading', { name: 'My decks' }).waitFor();
  // The bundled decks as an Anki package, from the service worker's cache.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download every deck for Anki (.apkg)' }).tap();
  const apkg = await download;
  expect(apkg.suggestedFilename()).toBe('containerd-cards.apkg');
  const saved = join(dir, 'bundled.apkg');
  await apkg.saveAs(saved);
  expect(readFileSync(saved).subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 3, 4]));

  const choose = async (path: string) => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import a deck…' }).tap();
    await (await chooser).setFiles(path);
  };
  const decksBefore = await countRows(page, 'decks');
  await choose(bad);
  await page.getByRole('alert').filter({ hasText: 'not-a-deck.apkg was not imported: This file is not an Anki package' }).waitFor();
  expect(await countRows(page, 'decks')).toBe(decksBefore);

  await choose(file);
  await page.getByRole('status').filter({ hasText: 'Imported 3 cards into “containerd Cards › Team runbook”, 1 image.' }).waitFor();
  const mine = page.getByRole('region', { name: 'My decks' });
  await mine.getByRole('heading', { name: 'containerd Cards › Team runbook' }).waitFor();
  // The Decks screen's live counts take the new deck in, and later its first answer.
  const progress = mine.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'containerd Cards › Team runbook' }) });
  const shows = (...figures: string[]) =>
    Promise.all(figures.map((f) => progress.getByRole('list', { name: 'Progress' }).getByText(f, { exact: true }).waitFor()));
  await shows('0 mature', '0 young', '0 learning', '3 new', '0 suspended');

  await mine.getByRole('link', { name: 'Study containerd Cards › Team runbook', exact: true }).tap();
  const image = page.getByRole('img', { name: 'The shim' });
  await image.waitFor();
  await page.waitForFunction(() => document.querySelector<HTMLImageElement>('img[data-media]')?.src.startsWith('blob:'));
  expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
  expect(await page.locator('script:not([src])', { hasText: 'alert' }).count()).toBe(0);
  expect(await page.locator('img[src*="evil"], [onerror]').count()).toBe(0);
  await page.getByRole('button', { name: 'Show answer' }).tap();
  await page.getByRole('button', { name: /^Good/ }).tap();
  await waitForCount(page, 'reviewLogs', 1);
  await page.getByRole('link', { name: 'Decks', exact: true }).tap();
  await shows('0 mature', '0 young', '1 learning', '2 new', '0 suspended');

  await page.getByRole('link', { name: 'Quiz', exact: true }).tap();
  await page.getByRole('checkbox', { name: 'containerd Cards › Team runbook' }).check();
  await page.getByLabel('Questions').fill('2');
  await page.getByRole('button', { name: 'Start a live game' }).tap();
  await page.getByText(/The live quiz server cannot be reached/).waitFor();
  await page.getByRole('button', { name: 'Pass and play', exact: true }).tap();
  for (const name of ['Dee', 'Eve']) {
    await page.getByLabel('Player name').fill(name);
    await page.getByRole('button', { name: 'Add player' }).tap();
  }
  await page.getByRole('button', { name: /Start the quiz/ }).tap();
  for (let q = 0; q < 2; q++) {
    for (const name of ['Dee', 'Eve']) {
      await page.getByRole('button', { name: `I’m ${name}: show the question` }).tap();
      await page
        .getByText(/Runbook question \d/)
        .first()
        .waitFor();
      await page
        .getByRole('group', { name: `${name}, choose an answer` })
        .getByRole('button')
        .first()
        .tap();
    }
    await page.getByRole('button', { name: 'Leaderboard' }).tap();
    await page.getByRole('button', { name: q === 1 ? 'Podium' : 'Next question' }).tap();
  }
  await page.getByText('Report saved on this device.').waitFor();
  expect(problems).toEqual({ errors: [], cspViolations: [] });
});
