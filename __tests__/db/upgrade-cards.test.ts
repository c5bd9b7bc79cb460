/** @jest-environment node */
// The upgrade session's cards from the store: each card row carries its authored stage (a field no
// index names, so no schema version), reaches stored cards on the next deck sync, and /upgrade?from=1.7&to=2.0
// holds exactly the cards that change between the two lines, with their variants.
import { readdirSync, readFileSync } from 'node:fs';

import { compileDecks } from '@/lib/decks';
import { versionsHoldFor } from '@/lib/decks/versions';
import { answerCard, loadUpgradeCards, syncBundle } from '@/lib/db';
import { createScheduler, DEFAULT_SRS } from '@/lib/srs';

import { BASIC, CHOICE } from '../decks/fixtures';
import { bundleOf, freshFactory, openDb } from './helpers';

const NOW = Date.UTC(2026, 11, 2, 9, 0);

it('/upgrade?from=1.7&to=2.0 holds exactly the bundled cards that change, with their variants, each in its authored stage', async () => {
  const files = readdirSync('decks')
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .map((f) => ({ path: `decks/${f}`, text: readFileSync(`decks/${f}`, 'utf8') }));
  const { bundle } = compileDecks(files, false);
  const db = openDb(freshFactory());
  await syncBundle(db, bundle, NOW);

  const items = await loadUpgradeCards(db, '1.7', '2.0');
  const cards = bundle.decks.flatMap((d) => d.cards);
  const changing = cards.filter((c) => versionsHoldFor(c.versions, '1.7') !== versionsHoldFor(c.versions, '2.0'));
  const expected = new Set([...changing.map((c) => c.id), ...changing.flatMap((c) => c.variants ?? [])]);
  expect(items.map((i) => i.card.id).sort()).toEqual([...expected].sort());
  const authored = new Map(cards.map((c) => [c.id, c.upgrade]));
  for (const { card, stage } of items) {
    expect(card.upgrade).toBe(authored.get(card.id));
    expect(stage?.id).toBe(card.upgrade);
  }
});

it('gives a stored card its stage on the next deck sync, keeping its progress', async () => {
  const db = openDb(freshFactory());
  const twoX = BASIC.replace('versions: 2.x', 'versions: 2.x\nvariants: sample-choice');
  const oneX = CHOICE.replace('kind: choice', 'kind: choice\nversions: 1.x\nvariants: sample-basic');
  await syncBundle(db, bundleOf(twoX, oneX), NOW);
  const state = (await db.cardStates.get('sample-basic'))!;
  await answerCard(db, {
    cardId: 'sample-basic',
    rev: state.rev,
    rating: 3,
    now: NOW,
    durationMs: 2000,
    timeZone: 'UTC',
    scheduler: createScheduler(DEFAULT_SRS),
  });
  expect((await loadUpgradeCards(db, '1.7', '2.0')).map((i) => i.stage)).toEqual([undefined, undefined]);

  const staged = (card: string) => card.replace('source:', 'upgrade: renamed\nsource:');
  const report = await syncBundle(db, bundleOf(staged(twoX), staged(oneX)), NOW + 60_000);
  expect(report).toMatchObject({ updated: 2, added: 0 });
  const items = await loadUpgradeCards(db, '1.7', '2.0');
  expect(items.map((i) => [i.card.id, i.stage?.id])).toEqual([
    ['sample-choice', 'renamed'],
    ['sample-basic', 'renamed'],
  ]);
  expect((await db.cardStates.get('sample-basic'))!.sched.reps).toBe(1);
});
