/** @jest-environment node */
import { answerCard, cardDetail, deckProgress, searchCards, suspendCard, syncBundle, type CardSearch } from '@/lib/db';
import { createScheduler, DEFAULT_SRS } from '@/lib/srs';

import { BASIC, CHOICE, CLOZE, TYPED } from '../decks/fixtures';
import { bundleOf, freshFactory, openDb } from './helpers';

const NOW = Date.UTC(2026, 10, 2, 9, 0);
const scheduler = createScheduler({ ...DEFAULT_SRS, enableFuzz: false });
const search: CardSearch = { text: '', deckId: null, status: 'all', showRetired: false, limit: 100 };

async function loaded() {
  const db = openDb(freshFactory());
  await syncBundle(db, bundleOf(BASIC, CHOICE, CLOZE, TYPED), NOW);
  return db;
}

describe('browse queries', () => {
  it('counts a deck’s progress by status', async () => {
    const db = await loaded();
    let row = (await db.cardStates.get('sample-basic'))!;
    await answerCard(db, { cardId: row.cardId, rev: row.rev, rating: 3, now: NOW, durationMs: 1, timeZone: 'UTC', scheduler });
    row = (await db.cardStates.get('sample-choice'))!;
    await answerCard(db, { cardId: row.cardId, rev: row.rev, rating: 4, now: NOW, durationMs: 1, timeZone: 'UTC', scheduler });
    await suspendCard(db, 'sample-cloze');
    expect(await deckProgress(db, 'sample')).toEqual({ new: 1, learning: 1, young: 1, mature: 0, suspended: 1, buried: 0, total: 4 });
  });

  it('searches prompt, answer, options and accepted answers, every word, case-insensitive', async () => {
    const db = await loaded();
    const ids = async (text: string) => (await searchCards(db, { ...search, text })).hits.map((h) => h.card.id);
    expect(await ids('SHIM binary')).toEqual(['sample-choice']);
    expect(await ids('containerd-shim-runc-v1')).toEqual(['sample-choice']);
    expect(await ids('plugin ls')).toEqual(['sample-typed']);
    expect(await ids('/var/lib/containerd')).toEqual(['sample-cloze']);
    expect(await ids('nothing-like-this')).toEqual([]);
    expect((await ids('')).length).toBe(4);
  });

  it('filters by deck and status, hides retired cards unless asked, and limits results', async () => {
    const db = await loaded();
    await suspendCard(db, 'sample-basic');
    expect((await searchCards(db, { ...search, status: 'suspended' })).hits.map((h) => h.card.id)).toEqual(['sample-basic']);
    expect((await searchCards(db, { ...search, status: 'new' })).total).toBe(3);
    expect((await searchCards(db, { ...search, deckId: 'other' })).total).toBe(0);
    await syncBundle(db, { ...bundleOf(CHOICE, CLOZE, TYPED), version: 'v2' }, NOW);
    expect((await searchCards(db, search)).total).toBe(3);
    expect((await searchCards(db, { ...search, showRetired: true })).total).toBe(4);
    const limited = await searchCards(db, { ...search, limit: 2 });
    expect(limited.hits).toHaveLength(2);
    expect(limited.total).toBe(3);
  });

  it('returns a card’s detail with its review history, newest first', async () => {
    const db = await loaded();
    let row = (await db.cardStates.get('sample-basic'))!;
    await answerCard(db, { cardId: row.cardId, rev: row.rev, rating: 1, now: NOW, durationMs: 1500, timeZone: 'UTC', scheduler });
    row = (await db.cardStates.get('sample-basic'))!;
    await answerCard(db, { cardId: row.cardId, rev: row.rev, rating: 3, now: NOW + 60_000, durationMs: 900, timeZone: 'UTC', scheduler });
    const detail = (await cardDetail(db, 'sample-basic'))!;
    expect(detail.deckTitle).toBe('Sample deck');
    expect(detail.logs.map((l) => l.rating)).toEqual([3, 1]);
    expect(detail.status).toBe('learning');
    expect(await cardDetail(db, 'missing')).toBeNull();
  });
});
