/**
 * @jest-environment node
 */
// Broken and hostile files are refused with a typed error and a message that says why.
import { zipSync } from 'fflate';

import { ImportError } from '@/lib/anki/errors';
import { importFile, importPackage } from '@/lib/anki/import-file';
import { encodeMessage } from '@/lib/anki/protobuf';

import { handCollection, legacyPackage, loadSql, PNG } from './support';

async function refusal(name: string, bytes: Uint8Array, maxBytes?: number): Promise<ImportError> {
  try {
    await importFile(name, bytes, loadSql, maxBytes);
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error('imported');
}

describe('refused packages', () => {
  it('refuses a file that is not a zip', async () => {
    const e = await refusal('deck.apkg', new TextEncoder().encode('<html>hello</html>'));
    expect(e.code).toBe('not-zip');
    expect(e.message).toMatch(/not an Anki package/);
  });

  it('refuses a zip without a collection, and a collection that is not SQLite', async () => {
    expect((await refusal('x.apkg', zipSync({ 'readme.txt': new Uint8Array([65]) }))).code).toBe('not-collection');
    const e = await refusal('x.apkg', zipSync({ 'collection.anki2': new TextEncoder().encode('not sqlite at all') }));
    expect(e.code).toBe('not-collection');
  });

  it('refuses a collection newer than we read, and a package meta newer than we know', async () => {
    const SQL = await loadSql();
    const e = await refusal('new.apkg', legacyPackage(handCollection(SQL, [{ guid: 'a', fields: ['q', 'a'] }], { ver: 19 })));
    expect(e.code).toBe('too-new');
    expect(e.message).toMatch(/version 19/);
    const meta = zipSync({ meta: encodeMessage([{ field: 1, varint: 4 }]), 'collection.anki21b': new Uint8Array(8) });
    expect((await refusal('m.apkg', meta)).code).toBe('too-new');
  });

  it('stops unpacking past the bound (a zip bomb)', async () => {
    const bomb = zipSync({ 'collection.anki2': new Uint8Array(8 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(64 * 1024);
    const e = await refusal('bomb.apkg', bomb, 1024 * 1024);
    expect(e.code).toBe('too-large');
  });

  it('refuses a note with a field missing', async () => {
    const SQL = await loadSql();
    const e = await refusal('short.apkg', legacyPackage(handCollection(SQL, [{ guid: 'a', fields: ['only the front'] }])));
    expect(e.code).toBe('missing-field');
    expect(e.message).toMatch(/1 field, but its note type "Basic" has 2 \(Front, Back\)/);
  });

  it('refuses a media file that is not what its name says', async () => {
    const SQL = await loadSql();
    const col = handCollection(SQL, [{ guid: 'a', fields: ['<img src="pic.png">', 'b'] }]);
    const html = new TextEncoder().encode('<script>alert(1)</script>');
    const e = await refusal('lie.apkg', legacyPackage(col, { '0': html }, { '0': 'pic.png' }));
    expect(e.code).toBe('bad-media');
    expect(e.message).toMatch(/pic\.png" is not the PNG image/);
    const ok = importPackage(SQL, legacyPackage(col, { '0': PNG }, { '0': 'pic.png' }));
    expect(ok.media).toHaveLength(1);
  });

  it('refuses a media name with a path in it', async () => {
    const SQL = await loadSql();
    const col = handCollection(SQL, [{ guid: 'a', fields: ['x', 'b'] }]);
    expect((await refusal('p.apkg', legacyPackage(col, { '0': PNG }, { '0': '../evil.png' }))).code).toBe('bad-media');
  });
});

describe('text and Markdown files', () => {
  it('reads Anki text with headers: separator, html, columns, tags column, cloze', async () => {
    const text = [
      '#separator:Semicolon',
      '#html:true',
      '#deck:Team::Runbook',
      '#columns:Front;Back;Tags',
      '#tags column:3',
      'What is <b>ctr</b>?;"A debug; client";oncall',
      '{{c1::nerdctl}} is Docker-compatible;;tools',
      '',
    ].join('\n');
    const result = await importFile('runbook.csv', new TextEncoder().encode(text), loadSql);
    const cards = result.decks[0]!.cards;
    expect(result.decks[0]!.title).toBe('Team › Runbook');
    expect(cards.map((c) => c.kind)).toEqual(['basic', 'cloze']);
    expect(cards[0]!.html!.prompt).toBe('What is <b>ctr</b>?');
    expect(cards[0]!.answer).toBe('A debug; client');
    expect(cards[0]!.tags).toEqual(['oncall']);
    expect(cards[1]!.prompt).toBe('{{nerdctl}} is Docker-compatible');
  });

  it('escapes HTML in text marked #html:false, and refuses rows with an empty back', async () => {
    const result = await importFile('a.tsv', new TextEncoder().encode('#html:false\n<b>x</b>\ty\n'), loadSql);
    expect(result.decks[0]!.cards[0]!.html!.prompt).toBe('&lt;b&gt;x&lt;/b&gt;');
    const e = await refusal('b.tsv', new TextEncoder().encode('front only\t\n'));
    expect(e.code).toBe('missing-field');
    expect((await refusal('c.txt', Uint8Array.from([0xff, 0xfe, 0]))).code).toBe('bad-text');
  });

  it('imports a Markdown deck in our format with prefixed ids, and reports its problems with lines', async () => {
    const { FRONT, CHOICE } = await import('../decks/fixtures');
    const result = await importFile('team.md', new TextEncoder().encode(FRONT + CHOICE), loadSql);
    expect(result.decks[0]!.id).toBe('imp-sample');
    expect(result.decks[0]!.cards[0]!.id).toBe('imp-sample--sample-choice');
    expect(result.decks[0]!.cards[0]!.kind).toBe('choice');
    const e = await refusal('bad.md', new TextEncoder().encode('---\nid: x\n---\n## \n'));
    expect(e.code).toBe('bad-deck');
    expect(e.message).toMatch(/bad\.md:\d+:/);
  });
});
