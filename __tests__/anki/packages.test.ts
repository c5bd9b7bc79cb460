/**
 * @jest-environment node
 */
// Anki packages both ways: our export read back by our import (every card and review), a package by an
// independent writer (anki-apkg-export), a schema-11 collection written by hand, and anki21b (zstd).
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { importFile, importPackage } from '@/lib/anki/import-file';
import { summarizeImport } from '@/lib/anki/imported';
import { encodeMessage } from '@/lib/anki/protobuf';
import type { ExportReview } from '@/lib/anki/revlog';
import { guidFor } from '@/lib/anki/write-collection';
import { writePackage } from '@/lib/anki/write-package';
import { zipFiles } from '@/lib/anki/zip';
import { newSchedState } from '@/lib/srs/new-state';

import { BASIC_MID, CLOZE_MID, TYPE_MID, fixtureBundle, handCollection, legacyPackage, loadSql, PNG } from './support';

const NOW = Date.UTC(2026, 5, 1, 12);

describe('our export, read back by our import', () => {
  it('keeps every card, its kind, its source and every review', async () => {
    const SQL = await loadSql();
    const bundle = fixtureBundle();
    const cards = bundle.decks.flatMap((d) => d.cards);
    const before = newSchedState(NOW - 86_400_000);
    const after = {
      ...before,
      phase: 'review' as const,
      due: NOW + 3 * 86_400_000,
      stability: 3.1,
      difficulty: 5.2,
      scheduledDays: 3,
      reps: 1,
      lastReview: NOW - 86_400_000,
    };
    const reviews: ExportReview[] = cards.map((c, i) => ({
      cardId: c.id,
      rating: 3,
      reviewedAt: NOW - 86_400_000 + i,
      durationMs: 4200,
      before,
      after,
    }));
    reviews.push({ ...reviews[0]!, reviewedAt: reviews[0]!.reviewedAt, rating: 1 });
    const apkg = writePackage(SQL, { decks: bundle.decks, reviews, states: new Map(cards.map((c) => [c.id, after])), now: NOW });
    const result = importPackage(SQL, apkg);
    expect(summarizeImport(result)).toEqual({
      notes: cards.length,
      cards: cards.length,
      kinds: { basic: 1, choice: 1, cloze: 1, typed: 1 },
      media: 0,
      reviews: reviews.length,
    });
    const back = result.decks.flatMap((d) => d.cards);
    expect(result.decks.map((d) => d.title)).toEqual(['containerd Cards › Sample deck']);
    for (const card of cards) {
      const got = back.find((b) => b.kind === card.kind)!;
      expect(got.source).toBe(card.source);
      expect(got.sourceUrl).toBe(card.sourceUrl);
      expect(got.versions).toEqual(card.versions.map((v) => v.replace(/^v/, '')));
    }
    const choice = back.find((c) => c.kind === 'choice')!;
    expect(choice.choices!.filter((c) => c.correct).map((c) => c.text)).toEqual(['containerd-shim-runc-v2']);
    expect(choice.choices).toHaveLength(4);
    const typed = back.find((c) => c.kind === 'typed')!;
    expect(typed.accept![0]).toBe(cards.find((c) => c.kind === 'typed')!.accept![0]);
    const cloze = back.find((c) => c.kind === 'cloze')!;
    expect(cloze.prompt).toContain('{{');
    expect(result.reviews.map((r) => r.rating).sort()).toEqual(reviews.map((r) => r.rating).sort());
    expect(new Set(result.reviews.map((r) => r.reviewedAt)).size).toBe(reviews.length);
  });

  it("keeps a card's upgrade stage, as a tag, and ignores a stage it does not know", async () => {
    const SQL = await loadSql();
    const bundle = fixtureBundle();
    const basic = bundle.decks[0]!.cards.find((c) => c.kind === 'basic')!;
    basic.upgrade = 'renamed';
    const back = importPackage(SQL, writePackage(SQL, { decks: bundle.decks, reviews: [], states: new Map(), now: NOW })).decks.flatMap(
      (d) => d.cards,
    );
    const got = back.find((c) => c.kind === 'basic')!;
    expect(got.upgrade).toBe('renamed');
    expect(got.tags).toContain('containerd::upgrade::renamed');
    expect(back.filter((c) => c.upgrade)).toHaveLength(1);

    const forged = handCollection(SQL, [
      { guid: 'g1', fields: ['Front', 'Back'], tags: ' containerd::v2.x containerd::upgrade::breaking ' },
    ]);
    expect(importPackage(SQL, legacyPackage(forged)).decks[0]!.cards[0]).not.toHaveProperty('upgrade');
  });

  it('gives a card the same GUID on every export, so a re-import updates it', async () => {
    const SQL = await loadSql();
    const bundle = fixtureBundle();
    const a = importPackage(SQL, writePackage(SQL, { decks: bundle.decks, now: NOW }));
    const b = importPackage(SQL, writePackage(SQL, { decks: bundle.decks, now: NOW + 86_400_000 }));
    expect(a.decks[0]!.cards.map((c) => c.id)).toEqual(b.decks[0]!.cards.map((c) => c.id));
    expect(guidFor('x')).toBe(guidFor('x'));
    expect(guidFor('x')).not.toBe(guidFor('y'));
  });
});

describe('packages written by others', () => {
  it('imports a package by anki-apkg-export, with its image', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const AnkiExport = require('anki-apkg-export').default;
    const apkg = new AnkiExport('Team runbook');
    apkg.addMedia('shim.png', Buffer.from(PNG));
    apkg.addCard('What restarts a crashed shim? <img src="shim.png" />', 'Nothing: containerd reconnects on restart', {
      tags: ['runbook'],
    });
    apkg.addCard('Which socket does CRI use?', '/run/containerd/containerd.sock');
    const zip: Buffer = await apkg.save({ type: 'nodebuffer' });
    const result = await importFile('runbook.apkg', new Uint8Array(zip), loadSql);
    expect(summarizeImport(result)).toMatchObject({ notes: 2, cards: 2, kinds: { basic: 2 }, media: 1, reviews: 0 });
    expect(result.decks[0]!.title).toBe('Team runbook');
    expect(result.media[0]).toMatchObject({ name: 'shim.png', type: 'image/png' });
    expect(result.decks[0]!.cards[0]!.tags).toEqual(['runbook']);
    // anki-apkg-export carries an old asm.js SQLite: slow to start on a loaded machine.
  }, 120_000);

  it('imports a hand-written schema-11 collection: basic, cloze per deletion, type-in, history', async () => {
    const SQL = await loadSql();
    const col = handCollection(
      SQL,
      [
        { guid: 'g1', fields: ['What is a shim?', 'A process between containerd and runc'] },
        { guid: 'g2', model: CLOZE_MID, fields: ['{{c1::containerd}} talks to {{c2::runc}} through a shim', 'extra'] },
        { guid: 'g3', model: TYPE_MID, fields: ['Default socket path?', '/run/containerd/containerd.sock'] },
      ],
      {
        revlog: [
          [NOW - 3 * 86_400_000, 1_650_000_000_000, 3, 5000],
          [NOW - 86_400_000, 1_650_000_000_000, 4, 3000],
          [NOW - 86_400_000 + 1, 1_650_000_000_001, 0, 0],
        ],
      },
    );
    const result = importPackage(SQL, legacyPackage(col));
    const cards = result.decks[0]!.cards;
    expect(result.decks[0]!.title).toBe('Kubernetes › Runtime');
    expect(cards.map((c) => c.kind)).toEqual(['basic', 'cloze', 'cloze', 'typed']);
    expect(cards[1]!.prompt).toBe('{{containerd}} talks to runc through a shim');
    expect(cards[2]!.prompt).toBe('containerd talks to {{runc}} through a shim');
    expect(cards[3]!.accept).toEqual(['/run/containerd/containerd.sock']);
    expect(cards[3]!.html!.prompt).not.toContain('type:');
    // The manual reschedule (ease 0) is no answer.
    expect(result.reviews).toEqual([
      { cardId: cards[0]!.id, rating: 3, reviewedAt: NOW - 3 * 86_400_000, durationMs: 5000 },
      { cardId: cards[0]!.id, rating: 4, reviewedAt: NOW - 86_400_000, durationMs: 3000 },
    ]);
    expect(BASIC_MID).toBeGreaterThan(0);
  });

  it('imports anki21b: a zstd schema-18 collection and a protobuf media list, preferring it to the legacy stub', async () => {
    const SQL = await loadSql();
    const { ZstdCodec } = await import('zstd-codec');
    const simple = await new Promise<{ compress(b: Uint8Array, level?: number): Uint8Array }>((resolve) =>
      ZstdCodec.run((z) => resolve(new z.Simple())),
    );
    const ntConfig = (kind: number) => encodeMessage([{ field: 1, varint: kind }]);
    const tmpl = (q: string, a: string) =>
      encodeMessage([
        { field: 1, bytes: q },
        { field: 2, bytes: a },
      ]);
    const extra = `
      UPDATE col SET ver = 18, models = '', decks = '';
      CREATE TABLE notetypes (id integer PRIMARY KEY NOT NULL, name text NOT NULL, mtime_secs integer NOT NULL, usn integer NOT NULL, config blob NOT NULL);
      CREATE TABLE fields (ntid integer NOT NULL, ord integer NOT NULL, name text NOT NULL, config blob NOT NULL, PRIMARY KEY (ntid, ord)) without rowid;
      CREATE TABLE templates (ntid integer NOT NULL, ord integer NOT NULL, name text NOT NULL, mtime_secs integer NOT NULL, usn integer NOT NULL, config blob NOT NULL, PRIMARY KEY (ntid, ord)) without rowid;
      CREATE TABLE decks (id integer PRIMARY KEY NOT NULL, name text NOT NULL, mtime_secs integer NOT NULL, usn integer NOT NULL, common blob NOT NULL, kind blob NOT NULL);
      INSERT INTO decks VALUES (1700000000000, 'Kubernetes' || char(31) || 'Nodes', 0, 0, x'', x'');`;
    const col = handCollection(
      SQL,
      [
        { guid: 'n1', fields: ['Front <img src="node.png">', 'Back'] },
        { guid: 'n2', model: CLOZE_MID, fields: ['{{c1::kubelet}} calls CRI', ''] },
      ],
      { extra },
    );
    const db = new SQL.Database(col);
    db.run('INSERT INTO notetypes VALUES (?, ?, 0, 0, ?)', [BASIC_MID, 'Basic', ntConfig(0)]);
    db.run('INSERT INTO notetypes VALUES (?, ?, 0, 0, ?)', [CLOZE_MID, 'Cloze', ntConfig(1)]);
    db.run("INSERT INTO fields VALUES (?, 0, ?, x''), (?, 1, ?, x''), (?, 0, ?, x''), (?, 1, ?, x'')", [
      BASIC_MID,
      'Front',
      BASIC_MID,
      'Back',
      CLOZE_MID,
      'Text',
      CLOZE_MID,
      'Back Extra',
    ]);
    db.run('INSERT INTO templates VALUES (?, 0, ?, 0, 0, ?), (?, 0, ?, 0, 0, ?)', [
      BASIC_MID,
      'Card 1',
      tmpl('{{Front}}', '{{FrontSide}}<hr id=answer>{{Back}}'),
      CLOZE_MID,
      'Cloze',
      tmpl('{{cloze:Text}}', '{{cloze:Text}}'),
    ]);
    const modern = db.export();
    db.close();
    const media = encodeMessage([
      {
        field: 1,
        bytes: encodeMessage([
          { field: 1, bytes: 'node.png' },
          { field: 2, varint: PNG.length },
        ]),
      },
    ]);
    const stub = handCollection(SQL, [{ guid: 'stub', fields: ['Please update to the latest Anki version', ''] }]);
    const zip = zipFiles(
      {
        'collection.anki2': stub,
        'collection.anki21b': simple.compress(modern, 3),
        meta: encodeMessage([{ field: 1, varint: 3 }]),
        media: simple.compress(media, 3),
        '0': simple.compress(PNG, 3),
      },
      NOW,
    );
    const result = importPackage(SQL, zip);
    expect(result.format).toBe('anki21b');
    expect(result.decks[0]!.title).toBe('Kubernetes › Nodes');
    expect(result.decks[0]!.cards.map((c) => c.kind)).toEqual(['basic', 'cloze']);
    expect(result.media).toEqual([{ name: 'node.png', type: 'image/png', bytes: PNG }]);
  });

  it('reads the package the CLI wrote from every bundled deck when it exists', () => {
    const file = path.join(__dirname, '../../out/decks/containerd-cards.apkg');
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch {
      return;
    }
    expect(bytes.length).toBeGreaterThan(1000);
  });
});
