/** @jest-environment node */
import {
  answerCard,
  buryCard,
  cardDetail,
  deckChoices,
  deckProgress,
  decksWithProgress,
  PROGRESS_PAGE,
  searchCards,
  suspendCard,
  syncBundle,
  type CardsDB,
  type CardSearch,
  type CardStateRow,
} from '@/lib/db';
import { compileDecks } from '@/lib/decks';
import { createScheduler, DEFAULT_SRS } from '@/lib/srs';

import { BASIC, CHOICE, CLOZE, deck, TYPED } from '../decks/fixtures';
import { bundleOf, freshFactory, loadedDb, openDb } from './helpers';

const NOW = Date.UTC(2026, 10, 2, 9, 0);
const DAY = 24 * 60 * 60 * 1000;
const scheduler = createScheduler({ ...DEFAULT_SRS, enableFuzz: false });
const search: CardSearch = { text: '', deckId: null, status: 'all', showRetired: false, limit: 100 };

const loaded = () => loadedDb(NOW);

async function answer(db: CardsDB, cardId: string, rating: 1 | 2 | 3 | 4, now = NOW, durationMs = 1) {
  const row = (await db.cardStates.get(cardId))!;
  await answerCard(db, { cardId, rev: row.rev, rating, now, durationMs, timeZone: 'UTC', scheduler });
}

/** The sample deck plus a one-card deck ordered before or after it. */
function withOtherDeck(other: 'first' | 'last') {
  const ordered = (text: string, order: number) => text.replace('\ntitle:', `\norder: ${order}\ntitle:`);
  const otherText = deck(BASIC)
    .replace('id: sample', 'id: other')
    .replace('title: Sample deck', 'title: Other deck')
    .replace('## sample-basic', '## other-basic')
    .replace("Which program creates the container's processes?", 'Which program does the shim start?');
  const { bundle, problems } = compileDecks(
    [
      { path: 'decks/sample.md', text: ordered(deck(BASIC, CHOICE, CLOZE, TYPED), 2) },
      { path: 'decks/other.md', text: ordered(otherText, other === 'first' ? 1 : 3) },
    ],
    false,
  );
  if (problems.length) throw new Error(JSON.stringify(problems));
  return bundle;
}

describe('deck progress', () => {
  it('counts new, learning, young, mature and suspended cards', async () => {
    const db = await loaded();
    await answer(db, 'sample-basic', 3);
    await answer(db, 'sample-choice', 4);
    await suspendCard(db, 'sample-cloze');
    expect(await deckProgress(db, 'sample')).toEqual({ new: 1, learning: 1, young: 1, mature: 0, suspended: 1, total: 4 });
  });

  it('counts a review of 21 days or more as mature, and a buried card by its phase', async () => {
    const db = await loaded();
    await answer(db, 'sample-choice', 4);
    let row = (await db.cardStates.get('sample-choice'))!;
    for (let i = 0; row.sched.scheduledDays < 21 && i < 10; i++) {
      await answer(db, 'sample-choice', 4, row.sched.due);
      row = (await db.cardStates.get('sample-choice'))!;
    }
    expect(row.sched.scheduledDays).toBeGreaterThanOrEqual(21);
    await buryCard(db, 'sample-basic', NOW + DAY);
    expect(await deckProgress(db, 'sample')).toEqual({ new: 3, learning: 0, young: 0, mature: 1, suspended: 0, total: 4 });
  });

  it('leaves retired cards out, and lists decks in deck order', async () => {
    const db = await loaded();
    await syncBundle(db, { ...bundleOf(CHOICE, CLOZE, TYPED), version: 'v2' }, NOW);
    expect((await deckProgress(db, 'sample')).total).toBe(3);
    await syncBundle(db, withOtherDeck('first'), NOW);
    expect((await decksWithProgress(db)).map((d) => [d.deck.id, d.progress.total])).toEqual([
      ['other', 1],
      ['sample', 4],
    ]);
    expect(await deckChoices(db)).toEqual([
      { id: 'other', title: 'Other deck' },
      { id: 'sample', title: 'Sample deck' },
    ]);
  });

  it('reads review and buried rows a page at a time, ties on a due date across pages included, and counts each once', async () => {
    const db = openDb(freshFactory());
    let largest = 0;
    db.use({
      stack: 'dbcore',
      name: 'largest-read',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          return {
            ...table,
            query: async (req) => {
              const res = await table.query(req);
              if (name === 'cardStates' && req.values) largest = Math.max(largest, res.result.length);
              return res;
            },
            getMany: async (req) => {
              const res = await table.getMany(req);
              if (name === 'cardStates') largest = Math.max(largest, res.length);
              return res;
            },
          };
        },
      }),
    });
    // Due dates with ties, six of them on one date (more than a page of 4), young and mature mixed.
    const dues = [1, 1, 1, 2, 2, 3, 3, 3, 3, 3, 3, 4, 5, 5, 6, 7, 7, 7, 8, 9, 9];
    const row = (i: number, queue: number, due: number, scheduledDays: number, phase: 'review' | 'learning'): CardStateRow => ({
      cardId: `big-${String(i).padStart(3, '0')}`,
      deckId: 'big',
      queue: queue as CardStateRow['queue'],
      due,
      sched: {
        phase,
        due,
        stability: 1,
        difficulty: 5,
        elapsedDays: 0,
        scheduledDays,
        learningSteps: 0,
        reps: 1,
        lapses: 0,
        lastReview: 0,
      },
      suspended: 0,
      buriedUntil: queue === -2 ? due : 0,
      flag: 0,
      rev: 1,
    });
    const reviews = dues.map((due, i) => row(i, 2, due, i % 3 === 0 ? 30 : 5, 'review'));
    const buried = [5, 5, 5, 5, 5, 6].map((due, i) => row(100 + i, -2, due, i % 2 ? 21 : 20, i === 5 ? 'learning' : 'review'));
    await db.cardStates.bulkPut(
      [...reviews, ...buried, row(200, 2, 1, 30, 'review')].map((r, i) => (i === 27 ? { ...r, deckId: 'other' } : r)),
    );

    // Reviews: every third mature (7 of 21); buried: three young, two mature, one learning.
    expect(await deckProgress(db, 'big', 4)).toEqual({ new: 0, learning: 1, young: 17, mature: 9, suspended: 0, total: 27 });
    expect(largest).toBeLessThanOrEqual(4);
    expect(await deckProgress(db, 'big')).toEqual(await deckProgress(db, 'big', 4));
    expect(PROGRESS_PAGE).toBeGreaterThanOrEqual(1_000);
  });
});

describe('card search', () => {
  it('searches prompt, answer, options and accepted answers, every word, case-insensitive', async () => {
    const db = await loaded();
    const ids = async (text: string) => (await searchCards(db, { ...search, text })).hits.map((h) => h.card.id);
    expect(await ids('SHIM binary')).toEqual(['sample-choice']);
    expect(await ids('containerd-shim-runc-v1')).toEqual(['sample-choice']);
    expect(await ids('plugin ls')).toEqual(['sample-typed']);
    expect(await ids('/VAR/lib/containerd')).toEqual(['sample-cloze']);
    expect(await ids('  runc   OCI ')).toEqual(['sample-basic']);
    expect(await ids('nothing-like-this')).toEqual([]);
    expect(await ids('')).toHaveLength(4);
  });

  it('says for each hit which field matched, with the match marked; nothing with no search text', async () => {
    const db = await loaded();
    const [hit] = (await searchCards(db, { ...search, text: 'runc-v1' })).hits;
    expect(hit.match).toEqual({
      field: 'wrong option',
      parts: [
        { text: 'containerd-shim-', marked: false },
        { text: 'runc-v1', marked: true },
      ],
    });
    expect((await searchCards(db, { ...search, text: 'shim', status: 'new' })).hits[0].match?.field).toBe('prompt');
    expect((await searchCards(db, search)).hits.every((h) => h.match === null)).toBe(true);
  });

  it('filters by deck and state, and hides retired cards unless asked', async () => {
    const db = await loaded();
    await suspendCard(db, 'sample-basic');
    await answer(db, 'sample-choice', 1);
    const ids = async (q: Partial<CardSearch>) => (await searchCards(db, { ...search, ...q })).hits.map((h) => h.card.id);
    expect(await ids({ status: 'suspended' })).toEqual(['sample-basic']);
    expect(await ids({ status: 'learning' })).toEqual(['sample-choice']);
    expect(await ids({ status: 'new' })).toEqual(['sample-cloze', 'sample-typed']);
    expect(await ids({ status: 'review' })).toEqual([]);
    expect(await ids({ deckId: 'other' })).toEqual([]);
    expect(await ids({ deckId: 'sample', text: 'runc' })).toEqual(['sample-basic', 'sample-choice']);

    await syncBundle(db, { ...bundleOf(CHOICE, CLOZE, TYPED), version: 'v2' }, NOW);
    expect(await ids({})).toEqual(['sample-choice', 'sample-cloze', 'sample-typed']);
    const withRetired = await searchCards(db, { ...search, showRetired: true });
    expect(withRetired.hits.map((h) => [h.card.id, h.card.retired, h.status])).toContainEqual(['sample-basic', 1, 'suspended']);
  });

  it('returns at most `limit` hits in deck order, with the total of every match', async () => {
    const db = await loaded();
    await syncBundle(db, withOtherDeck('first'), NOW);
    const all = await searchCards(db, { ...search, limit: 2 });
    expect(all.hits.map((h) => h.card.id)).toEqual(['other-basic', 'sample-basic']);
    expect(all.total).toBe(5);
    const fresh = await searchCards(db, { ...search, status: 'new', limit: 3 });
    expect(fresh.hits).toHaveLength(3);
    expect(fresh.total).toBe(5);
    await syncBundle(db, withOtherDeck('last'), NOW);
    expect((await searchCards(db, { ...search, limit: 1 })).hits[0].card.id).toBe('sample-basic');
  });
});

describe('card detail', () => {
  it('returns the card, its state, its deck title and its review history, newest first', async () => {
    const db = await loaded();
    await answer(db, 'sample-basic', 1, NOW, 1500);
    await answer(db, 'sample-basic', 3, NOW + 60_000, 900);
    const detail = (await cardDetail(db, 'sample-basic'))!;
    expect(detail.deckTitle).toBe('Sample deck');
    expect(detail.card.sourceUrl).toBe('https://github.com/containerd/containerd/blob/main/docs/RUNC.md');
    expect(detail.logs.map((l) => [l.rating, l.durationMs])).toEqual([
      [3, 900],
      [1, 1500],
    ]);
    expect(detail.status).toBe('learning');
    expect(await cardDetail(db, 'missing')).toBeNull();
  });
});
