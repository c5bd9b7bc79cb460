/** @jest-environment node */
// The learner's own decks in the store: written in one go with replayed history, never retired by deck
// sync, renamed and deleted with what only they used, refused whole when they would replace a bundled deck.
import type { ImportedDeck } from '@/lib/anki/imported';
import { replayReviews } from '@/lib/anki/replay';
import {
  cardDetail,
  countReviews,
  deleteImportedDeck,
  DeckNotImportedError,
  progressForExport,
  readOptimizerReviews,
  renameImportedDeck,
  saveImport,
  searchCards,
  sendMissedToReview,
  suspendCard,
  syncBundle,
  answerCard,
  Q,
  type PreparedImport,
} from '@/lib/db';
import { exportBackup, restoreBackup } from '@/lib/db/backup';
import { cardsOfDeck, getCard } from '@/lib/db/card-rows';
import { readImportedLog } from '@/lib/db/imported-log';
import { readStatsSource } from '@/lib/db/stats-source';
import { PHASE } from '@/lib/insight/columns';
import { createScheduler } from '@/lib/srs/fsrs-adapter';

import { PNG } from '../anki/support';
import { basicCard, bundleOf, freshFactory, openDb, SAMPLE, snapshot } from './helpers';
import { BASIC } from '../decks/fixtures';

const NOW = Date.UTC(2026, 5, 1, 12);
const DAY = 86_400_000;

function imported(id = 'imp-team', cards = 3): ImportedDeck {
  return {
    id,
    title: 'Team runbook',
    summary: '',
    sources: [],
    cards: Array.from({ length: cards }, (_, i) => ({
      ...basicCard(id, i),
      html: { prompt: `<p>Q${i} <img data-media="pic.png"></p>`, answer: `<p>A${i}</p>` },
    })),
  };
}

function prepared(deck = imported()): PreparedImport {
  const reviews = [
    { cardId: deck.cards[0]!.id, rating: 3 as const, reviewedAt: NOW - 10 * DAY, durationMs: 4000 },
    { cardId: deck.cards[0]!.id, rating: 3 as const, reviewedAt: NOW - 5 * DAY, durationMs: 3000 },
  ];
  return { decks: [deck], media: [{ name: 'pic.png', type: 'image/png', bytes: PNG }], replay: replayReviews(createScheduler(), reviews) };
}

describe('imported decks', () => {
  it('arrive with the state their history earns, their log and their images', async () => {
    const db = openDb(freshFactory());
    const saved = await saveImport(db, prepared(), { now: NOW, timeZone: 'UTC' });
    expect(saved).toMatchObject({ added: 3, updated: 0, reviews: 2, media: 1 });
    expect(await db.decks.get('imp-team')).toMatchObject({ origin: 'imported', cardCount: 3 });
    const state = (await db.cardStates.get('imp-team-c0'))!;
    expect(state.sched.phase).toBe('review');
    expect(state.sched.reps).toBe(2);
    expect(state.queue).toBe(Q.review);
    expect(state.rev).toBe(2);
    expect((await db.cardStates.get('imp-team-c1'))!.queue).toBe(Q.new);
    expect(await db.reviewLogs.count()).toBe(0);
    const logs = (await readImportedLog(db)).sort((a, b) => a.reviewedAt - b.reviewedAt);
    expect(logs.map((l) => [l.cardId, l.rating, l.durationMs, l.timeZone])).toEqual([
      ['imp-team-c0', 3, 4000, 'UTC'],
      ['imp-team-c0', 3, 3000, 'UTC'],
    ]);
    expect(logs[1]!.before.sched).toEqual(logs[0]!.after);
    expect(logs.map((l) => [l.before.sched.phase, l.before.rev])).toEqual([
      ['new', 0],
      [logs[1]!.before.sched.phase, 1],
    ]);
    expect((await db.media.get('pic.png'))!.decks).toEqual(['imp-team']);
  });

  it('are updated by a second import of the same file, keeping progress made here and adding no history twice', async () => {
    const db = openDb(freshFactory());
    await saveImport(db, prepared(), { now: NOW, timeZone: 'UTC' });
    await renameImportedDeck(db, 'imp-team', 'On call');
    const again = await saveImport(db, prepared(imported('imp-team', 2)), { now: NOW, timeZone: 'UTC' });
    expect(again).toMatchObject({ added: 0, updated: 2, reviews: 0 });
    expect(await readImportedLog(db)).toHaveLength(2);
    expect((await db.decks.get('imp-team'))!.title).toBe('On call');
    expect((await getCard(db, 'imp-team-c2'))!.retired).toBe(1);
  });

  it('write their cards packed, many to a row, and a second import replaces the packs instead of adding to them', async () => {
    const db = openDb(freshFactory());
    await syncBundle(db, SAMPLE(), NOW);
    const rowsBefore = await db.cards.count();
    await saveImport(db, prepared(imported('imp-team', 150)), { now: NOW, timeZone: 'UTC' });
    expect(await db.cardPacks.count()).toBe(3);
    expect(await db.cards.count()).toBe(rowsBefore);
    expect(await cardsOfDeck(db, 'imp-team')).toHaveLength(150);

    const again = await saveImport(db, prepared(imported('imp-team', 100)), { now: NOW, timeZone: 'UTC' });
    expect(again).toMatchObject({ added: 0, updated: 100 });
    const cards = await cardsOfDeck(db, 'imp-team');
    expect(cards).toHaveLength(150);
    expect(new Set(cards.map((c) => c.id)).size).toBe(150);
    expect(cards.filter((c) => c.retired === 1).map((c) => c.position)).toEqual(Array.from({ length: 50 }, (_, i) => 100 + i));
    expect(await db.cardPacks.count()).toBe(3);
    expect((await db.cardStates.get('imp-team-c120'))!.queue).toBe(Q.retired);

    // The cards come back; the ones retired twice stay once.
    await saveImport(db, prepared(imported('imp-team', 150)), { now: NOW, timeZone: 'UTC' });
    expect((await cardsOfDeck(db, 'imp-team')).map((c) => c.retired)).toEqual(Array(150).fill(0));
    expect(await db.cardPacks.count()).toBe(3);

    await deleteImportedDeck(db, 'imp-team');
    expect(await db.cardPacks.count()).toBe(0);
    expect(await db.cards.count()).toBe(rowsBefore);
  });

  it('move a card a new file puts in another deck out of its old deck, and every reader finds packed cards', async () => {
    const db = openDb(freshFactory());
    await saveImport(db, prepared(imported('imp-a', 3)), { now: NOW, timeZone: 'UTC' });
    const b = imported('imp-b', 2);
    b.cards.push({ ...imported('imp-a', 3).cards[1]!, deckId: 'imp-b', position: 2 });
    const saved = await saveImport(db, prepared(b), { now: NOW, timeZone: 'UTC' });
    expect(saved).toMatchObject({ added: 2, updated: 1 });
    expect((await cardsOfDeck(db, 'imp-a')).map((c) => c.id).sort()).toEqual(['imp-a-c0', 'imp-a-c2']);
    expect((await cardsOfDeck(db, 'imp-b')).map((c) => c.id)).toEqual(['imp-b-c0', 'imp-b-c1', 'imp-a-c1']);
    expect(await getCard(db, 'imp-a-c1')).toMatchObject({ deckId: 'imp-b', position: 2, retired: 0 });

    const found = await searchCards(db, { text: 'Q1', deckId: 'imp-b', status: 'all', showRetired: false, limit: 10 });
    expect(found.hits.map((h) => h.card.id)).toEqual(['imp-b-c1', 'imp-a-c1']);
    expect((await cardDetail(db, 'imp-a-c1'))!.deckTitle).toBe('Team runbook');
    const state = (await db.cardStates.get('imp-b-c1'))!;
    const answered = await answerCard(db, {
      cardId: 'imp-b-c1',
      rev: state.rev,
      rating: 3,
      now: NOW,
      durationMs: 1000,
      timeZone: 'UTC',
      scheduler: createScheduler(),
    });
    expect(answered.state.queue).toBe(Q.learning);
    await suspendCard(db, 'imp-a-c1');
    expect((await db.cardStates.get('imp-a-c1'))!.queue).toBe(Q.suspended);
    expect(await sendMissedToReview(db, ['imp-a-c0'], NOW)).toBe(1);
    const out = await progressForExport(db);
    expect(out.decks.map((d) => [d.id, d.cards.map((c) => c.id)])).toEqual([
      ['imp-a', ['imp-a-c0', 'imp-a-c2']],
      ['imp-b', ['imp-b-c0', 'imp-b-c1', 'imp-a-c1']],
    ]);
  });

  it('are never retired or removed by deck sync', async () => {
    const db = openDb(freshFactory());
    await syncBundle(db, SAMPLE(), NOW);
    await saveImport(db, prepared(), { now: NOW, timeZone: 'UTC' });
    const report = await syncBundle(db, bundleOf(BASIC), NOW + DAY);
    expect(report.retired).toBe(3);
    expect(await db.decks.get('imp-team')).toBeDefined();
    expect((await cardsOfDeck(db, 'imp-team')).map((c) => c.retired)).toEqual([0, 0, 0]);
    expect((await db.cardStates.get('imp-team-c0'))!.queue).toBe(Q.review);
  });

  it('are renamed within bounds, and deleted with their cards, history and images; bundled decks are refused', async () => {
    const db = openDb(freshFactory());
    await syncBundle(db, SAMPLE(), NOW);
    const before = await snapshot(db);
    await saveImport(db, prepared(), { now: NOW, timeZone: 'UTC' });
    expect(await renameImportedDeck(db, 'imp-team', '   ')).toBe('A deck needs a name.');
    expect(await renameImportedDeck(db, 'imp-team', 'x'.repeat(121))).toMatch(/at most 120/);
    await expect(renameImportedDeck(db, 'sample', 'Mine')).rejects.toBeInstanceOf(DeckNotImportedError);
    await expect(deleteImportedDeck(db, 'sample')).rejects.toBeInstanceOf(DeckNotImportedError);
    await deleteImportedDeck(db, 'imp-team');
    expect(await snapshot(db)).toEqual(before);
    expect(await db.media.count()).toBe(0);
  });

  it('writes nothing when the import would replace a bundled deck', async () => {
    const db = openDb(freshFactory());
    await syncBundle(db, SAMPLE(), NOW);
    const before = await snapshot(db);
    const other = imported('imp-team');
    const clash = { ...imported('sample'), title: 'Clash' };
    await expect(saveImport(db, { ...prepared(other), decks: [other, clash] }, { now: NOW, timeZone: 'UTC' })).rejects.toBeInstanceOf(
      DeckNotImportedError,
    );
    expect(await snapshot(db)).toEqual(before);
    expect(await db.media.count()).toBe(0);
  });

  it('come back out for an export with progress and answers', async () => {
    const db = openDb(freshFactory());
    await syncBundle(db, SAMPLE(), NOW);
    await saveImport(db, prepared(), { now: NOW, timeZone: 'UTC' });
    const out = await progressForExport(db);
    expect(out.decks.map((d) => [d.id, d.cards.length])).toEqual([
      ['sample', 4],
      ['imp-team', 3],
    ]);
    expect(out.reviews).toHaveLength(2);
    expect(out.states.get('imp-team-c0')!.phase).toBe('review');
  });

  it('keep their history packed, and it feeds the statistics, the optimizer, the card history, a backup and a delete', async () => {
    const db = openDb(freshFactory());
    await syncBundle(db, SAMPLE(), NOW);
    await saveImport(db, prepared(), { now: NOW, timeZone: 'UTC' });
    expect(await db.importedLogs.count()).toBe(1);
    expect(await db.reviewLogs.count()).toBe(0);

    const stats = await readStatsSource(db, 'imp-team');
    expect(stats.logs.length).toBe(2);
    expect(Array.from(stats.logs.reviewedAt).sort()).toEqual([NOW - 10 * DAY, NOW - 5 * DAY]);
    expect(Array.from(stats.logs.durationMs).sort()).toEqual([3000, 4000]);
    expect(Array.from(stats.logs.phase)).toContain(PHASE.new);
    expect((await readStatsSource(db, 'sample')).logs.length).toBe(0);
    expect((await readStatsSource(db, null)).logs.length).toBe(2);

    const optimizer = (await readOptimizerReviews(db)).sort((a, b) => a.reviewedAt - b.reviewedAt);
    expect(optimizer).toEqual([
      { cardId: 'imp-team-c0', reviewedAt: NOW - 10 * DAY, rating: 3, wasNew: true },
      { cardId: 'imp-team-c0', reviewedAt: NOW - 5 * DAY, rating: 3, wasNew: false },
    ]);
    expect(await countReviews(db)).toBe(2);

    const detail = (await cardDetail(db, 'imp-team-c0'))!;
    expect(detail.logs.map((l) => l.reviewedAt)).toEqual([NOW - 5 * DAY, NOW - 10 * DAY]);
    expect((await cardDetail(db, 'imp-team-c1'))!.logs).toEqual([]);

    const backup = await exportBackup(db, NOW);
    expect(backup.reviewLogs.map((l) => [l.cardId, l.reviewedAt, l.before.rev])).toEqual([
      ['imp-team-c0', NOW - 10 * DAY, 0],
      ['imp-team-c0', NOW - 5 * DAY, 1],
    ]);
    const restored = openDb(freshFactory());
    await syncBundle(restored, SAMPLE(), NOW);
    await saveImport(restored, prepared(), { now: NOW, timeZone: 'UTC' });
    await restoreBackup(restored, backup, NOW);
    expect(await restored.importedLogs.count()).toBe(0);
    expect((await readOptimizerReviews(restored)).sort((a, b) => a.reviewedAt - b.reviewedAt)).toEqual(optimizer);

    await deleteImportedDeck(db, 'imp-team');
    expect(await db.importedLogs.count()).toBe(0);
    expect(await countReviews(db)).toBe(0);
  });
});
