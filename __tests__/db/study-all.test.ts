/** @jest-environment node */
// Study all and custom study on a real store: limits across decks, the orders, and a preview that
// changes nothing.
import { compileDecks } from '@/lib/decks';
import { withCardHtml } from '@/lib/decks/card-html';
import { jsdomMarkdownRenderer } from '@/lib/markdown/jsdom-renderer';
import {
  addExtraNew,
  answerCard,
  customStudyCards,
  DEFAULT_PREFS,
  loadDeckCounts,
  loadSessionCounts,
  loadSessionQueue,
  loadTodayCounts,
  todayOf,
  type CardsDB,
  type Prefs,
} from '@/lib/db';
import { createScheduler, DEFAULT_SRS } from '@/lib/srs';

import { BASIC, CHOICE, CLOZE, deck, TYPED } from '../decks/fixtures';
import { loadedDb, snapshot } from './helpers';

const NOW = Date.UTC(2026, 10, 2, 9, 0);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const base: Prefs = { ...DEFAULT_PREFS, timeZone: 'Europe/Berlin' };
const scheduler = createScheduler({ ...DEFAULT_SRS, enableFuzz: false });

/** Three decks of four cards each: sample, second, third, in that order. */
function threeDecks() {
  const copy = (id: string, title: string) =>
    deck(BASIC, CHOICE, CLOZE, TYPED)
      .replace('id: sample', `id: ${id}`)
      .replace('title: Sample deck', `title: ${title}`)
      .replaceAll('## sample-', `## ${id}-`);
  const { bundle, problems } = compileDecks(
    [
      { path: 'decks/a.md', text: copy('sample', 'Sample deck') },
      { path: 'decks/b.md', text: copy('second', 'Second deck') },
      { path: 'decks/c.md', text: copy('third', 'Third deck') },
    ],
    false,
  );
  if (problems.length) throw new Error(JSON.stringify(problems));
  return withCardHtml(bundle, jsdomMarkdownRenderer());
}

const loaded = (): Promise<CardsDB> => loadedDb(NOW, threeDecks());

async function answer(db: CardsDB, cardId: string, rating: 1 | 2 | 3 | 4, now = NOW) {
  const row = (await db.cardStates.get(cardId))!;
  return answerCard(db, { cardId, rev: row.rev, rating, now, durationMs: 3000, timeZone: 'Europe/Berlin', scheduler });
}

/** Answers the session's next card Good until it has none, returning the cards in the order shown. */
async function studyAll(db: CardsDB, prefs: Prefs, deckIds: string[] | null = null, max = 50): Promise<string[]> {
  const shown: string[] = [];
  for (let i = 0; i < max; i++) {
    const q = await loadSessionQueue(db, deckIds, NOW + i * 1000, prefs);
    if (!q.next) break;
    shown.push(q.next.cardId);
    await answer(db, q.next.cardId, 4, NOW + i * 1000);
  }
  return shown;
}

describe('Study all: limits across decks', () => {
  it('offers the overall new limit, not each deck’s limit times the decks', async () => {
    const db = await loaded();
    const prefs = { ...base, limits: { newPerDay: 3, reviewsPerDay: 200 }, overallLimits: { newPerDay: 5, reviewsPerDay: 200 } };
    expect((await loadSessionCounts(db, null, NOW, prefs)).counts).toEqual({ newCount: 5, learningCount: 0, reviewCount: 0 });
    // Each deck alone still offers its own 3.
    expect((await loadDeckCounts(db, 'second', NOW, prefs)).counts.newCount).toBe(3);
    const shown = await studyAll(db, prefs);
    expect(shown).toEqual(['sample-basic', 'sample-choice', 'sample-cloze', 'second-basic', 'second-choice']);
    expect((await loadSessionCounts(db, null, NOW, prefs)).counts.newCount).toBe(0);
  });

  it('keeps a deck’s own limit when it is tighter than the overall one', async () => {
    const db = await loaded();
    const prefs = { ...base, limits: { newPerDay: 1, reviewsPerDay: 200 }, overallLimits: { newPerDay: 20, reviewsPerDay: 200 } };
    expect(await studyAll(db, prefs)).toEqual(['sample-basic', 'second-basic', 'third-basic']);
  });

  it('counts answers given in a single deck against the overall limit', async () => {
    const db = await loaded();
    const prefs = { ...base, overallLimits: { newPerDay: 4, reviewsPerDay: 200 } };
    await answer(db, 'third-basic', 3);
    await answer(db, 'third-choice', 3);
    expect((await loadSessionCounts(db, null, NOW, prefs)).counts.newCount).toBe(2);
  });

  it('studies a chosen set of decks in deck order', async () => {
    const db = await loaded();
    const prefs = { ...base, overallLimits: { newPerDay: 3, reviewsPerDay: 200 } };
    expect(await studyAll(db, prefs, ['third', 'second'])).toEqual(['second-basic', 'second-choice', 'second-cloze']);
  });

  it('adds custom study’s extra new cards to today’s overall limit, and only today', async () => {
    const db = await loaded();
    const prefs = { ...base, overallLimits: { newPerDay: 2, reviewsPerDay: 200 } };
    const today = await todayOf(db, NOW, prefs);
    await addExtraNew(db, today.start, null, 3);
    expect((await loadSessionCounts(db, null, NOW, prefs)).counts.newCount).toBe(5);
    expect((await loadSessionCounts(db, null, NOW + DAY, prefs)).counts.newCount).toBe(2);
    await addExtraNew(db, today.start, 'sample', 2);
    expect((await loadDeckCounts(db, 'sample', NOW, { ...prefs, limits: { newPerDay: 1, reviewsPerDay: 200 } })).counts.newCount).toBe(3);
  });
});

describe('Today in one read', () => {
  it('gives each deck the counts it has alone, and Study all the session’s', async () => {
    const db = await loaded();
    const prefs = { ...base, limits: { newPerDay: 3, reviewsPerDay: 200 }, overallLimits: { newPerDay: 5, reviewsPerDay: 200 } };
    await answer(db, 'second-basic', 1);
    await answer(db, 'third-basic', 4);
    const today = await loadTodayCounts(db, NOW, prefs);
    expect(today.decks.map((d) => d.deckId)).toEqual(['sample', 'second', 'third']);
    for (const d of today.decks) expect(d).toEqual(await loadDeckCounts(db, d.deckId, NOW, prefs));
    expect(today.all).toEqual((await loadSessionCounts(db, null, NOW, prefs)).counts);
    expect(today.all).toEqual({ newCount: 3, learningCount: 1, reviewCount: 0 });
  });
});

describe('Study all: order', () => {
  it('interleaved: the decks take turns', async () => {
    const db = await loaded();
    const prefs: Prefs = {
      ...base,
      overallLimits: { newPerDay: 4, reviewsPerDay: 200 },
      order: { decks: 'interleaved', newCards: 'deck' },
    };
    expect(await studyAll(db, prefs)).toEqual(['sample-basic', 'second-basic', 'third-basic', 'sample-choice']);
  });

  it('random: the same order on a second device the same day, every card of the day once', async () => {
    const prefs: Prefs = { ...base, overallLimits: { newPerDay: 12, reviewsPerDay: 200 }, order: { decks: 'random', newCards: 'random' } };
    const first = await studyAll(await loaded(), prefs);
    const again = await studyAll(await loaded(), prefs);
    expect(again).toEqual(first);
    expect(new Set(first).size).toBe(12);
    const inDeckOrder = await studyAll(await loaded(), { ...prefs, order: { decks: 'deck', newCards: 'deck' } });
    expect(first).not.toEqual(inDeckOrder);
  });

  it('random new-card order does not reshuffle between reads', async () => {
    const db = await loaded();
    const prefs: Prefs = { ...base, order: { decks: 'deck', newCards: 'random' } };
    const a = await loadSessionQueue(db, ['sample'], NOW, prefs);
    const b = await loadSessionQueue(db, ['sample'], NOW + HOUR, prefs);
    expect(b.next?.cardId).toBe(a.next?.cardId);
  });
});

describe('custom study', () => {
  it('review ahead: reviews due after today, within the next N days, soonest first', async () => {
    const db = await loaded();
    await answer(db, 'sample-basic', 4); // Easy: a review some days out
    await answer(db, 'second-basic', 4);
    const due = (id: string) => db.cardStates.get(id).then((r) => r!.sched.due);
    const [a, b] = [await due('sample-basic'), await due('second-basic')];
    const days = Math.ceil((Math.max(a, b) - NOW) / DAY) + 1;
    const ids = await customStudyCards(db, { kind: 'ahead', days, deckId: null }, NOW, base);
    expect(ids.sort()).toEqual(['sample-basic', 'second-basic']);
    expect(await customStudyCards(db, { kind: 'ahead', days, deckId: 'second' }, NOW, base)).toEqual(['second-basic']);
    expect(await customStudyCards(db, { kind: 'ahead', days: 1, deckId: null }, NOW, base)).toEqual([]);
  });

  it('forgotten: cards rated Again today, or this week', async () => {
    const db = await loaded();
    await answer(db, 'sample-basic', 1, NOW - 3 * DAY);
    await answer(db, 'second-choice', 1);
    await answer(db, 'third-cloze', 3);
    expect(await customStudyCards(db, { kind: 'forgotten', days: 1, deckId: null }, NOW, base)).toEqual(['second-choice']);
    expect((await customStudyCards(db, { kind: 'forgotten', days: 7, deckId: null }, NOW, base)).sort()).toEqual([
      'sample-basic',
      'second-choice',
    ]);
    expect(await customStudyCards(db, { kind: 'forgotten', days: 7, deckId: 'sample' }, NOW, base)).toEqual(['sample-basic']);
  });

  it('preview: a deck or a search, in deck order, reading without writing', async () => {
    const db = await loaded();
    const before = await snapshot(db);
    expect(await customStudyCards(db, { kind: 'preview', deckId: 'second', text: '', status: 'all' }, NOW, base)).toEqual([
      'second-basic',
      'second-choice',
      'second-cloze',
      'second-typed',
    ]);
    expect(await customStudyCards(db, { kind: 'preview', deckId: null, text: 'shim', status: 'all' }, NOW, base)).toEqual([
      'sample-choice',
      'second-choice',
      'third-choice',
    ]);
    // With a version, only what holds for it: the basic cards hold for 2.x only.
    const second = (version: '1.7' | '2.0') =>
      customStudyCards(db, { kind: 'preview', deckId: 'second', text: '', status: 'all', version }, NOW, base);
    expect(await second('1.7')).toEqual(['second-choice', 'second-cloze', 'second-typed']);
    expect(await second('2.0')).toEqual(['second-basic', 'second-choice', 'second-cloze', 'second-typed']);
    expect(await snapshot(db)).toEqual(before);
  });
});
