/** @jest-environment node */
// An import as the Anki worker runs it, from a package's bytes to the store: the page sanitizes the cards
// in small batches while the history is replayed and the states are written, everything lands in one
// transaction, and a failure while saving (the disk filling up halfway, the page failing once the states
// are being written) leaves the store exactly as it was.
import { syncBundle } from '@/lib/db';
import { cardsOfDeck } from '@/lib/db/card-rows';
import { readImportedLog } from '@/lib/db/imported-log';
import { runImportJob, SANITIZE_BATCH, type ImportJobDeps } from '@/lib/db/import-job';
import type { CardsDB } from '@/lib/db/schema';
import { DEFAULT_SRS } from '@/lib/srs/defaults';

import { handCollection, legacyPackage, loadSql } from '../anki/support';
import { freshFactory, openDb, SAMPLE, snapshot } from './helpers';

const NOW = Date.UTC(2026, 5, 1, 12);
const DAY = 86_400_000;
const CARDS = SANITIZE_BATCH * 10 + 7;
const FIRST_CARD = 1_650_000_000_000;

async function bigPackage(short?: number): Promise<Uint8Array> {
  const notes = Array.from({ length: CARDS }, (_, i) => ({
    guid: `g${i}`,
    fields: i === short ? [`Q${i} without its answer`] : [`<b>Q${i}</b><img src=x onerror=alert(1)>`, `A${i}`],
  }));
  const revlog: [number, number, number, number][] = [];
  for (let i = 0; i < CARDS; i++) {
    revlog.push([NOW - 20 * DAY + i, FIRST_CARD + i, 3, 5000]);
    revlog.push([NOW - 10 * DAY + i, FIRST_CARD + i, i % 5 === 0 ? 1 : 3, 7000]);
  }
  return legacyPackage(handCollection(await loadSql(), notes, { revlog }));
}

function deps(db: CardsDB, batches: number[] = []): ImportJobDeps {
  return {
    db,
    loadSql,
    // A stand-in for DOMPurify on the page: drops the handler, and marks the card as seen by the page.
    sanitize: (deck) => {
      batches.push(deck.cards.length);
      return Promise.resolve(
        deck.cards.map((c) => ({ ...c, html: { ...c.html!, prompt: `${c.html!.prompt.replace(/ onerror=\S+/, '')}<!--clean-->` } })),
      );
    },
    onStage: () => undefined,
    onSaving: () => undefined,
  };
}

/**
 * A page that answers only once the worker has begun writing card states (and gives up after 3 s): the
 * states are written while the page sanitizes, inside the one transaction.
 */
function answersOnceStatesAreWritten(db: CardsDB, answer: ImportJobDeps['sanitize']): ImportJobDeps['sanitize'] {
  const bulkPut = db.cardStates.bulkPut.bind(db.cardStates);
  const written = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no state was written while the page sanitized')), 3_000);
    jest.spyOn(db.cardStates, 'bulkPut').mockImplementation(((...args: Parameters<typeof bulkPut>) => {
      if (args[0].length > 0) {
        clearTimeout(timer);
        resolve();
      }
      return bulkPut(...args);
    }) as never);
  });
  written.catch(() => undefined);
  return (deck) => written.then(() => answer(deck));
}

const job = (bytes: Uint8Array) => ({ name: 'big.apkg', bytes, settings: DEFAULT_SRS, now: NOW, timeZone: 'Europe/Berlin' });

describe('an import job', () => {
  it('saves the sanitized cards with their replayed state and the packed history, the page seeing small batches', async () => {
    const db = openDb(freshFactory());
    await syncBundle(db, SAMPLE(), NOW);
    const batches: number[] = [];
    const saving: number[] = [];
    const { summary, saved, timings } = await runImportJob(job(await bigPackage()), {
      ...deps(db, batches),
      onSaving: (written, total) => saving.push(written / total),
    });
    expect(summary).toMatchObject({ cards: CARDS, reviews: CARDS * 2 });
    expect(saved).toMatchObject({ added: CARDS, reviews: CARDS * 2 });
    expect(Math.max(...batches)).toBeLessThanOrEqual(SANITIZE_BATCH);
    expect(batches.reduce((a, b) => a + b, 0)).toBe(CARDS);
    expect(saving.at(-1)).toBe(1);
    expect(Object.values(timings).every((ms) => ms >= 0)).toBe(true);

    const deckId = saved.decks[0]!.id;
    const cards = await cardsOfDeck(db, deckId);
    expect(cards).toHaveLength(CARDS);
    expect(cards.every((c) => c.html!.prompt.endsWith('<!--clean-->') && !c.html!.prompt.includes('onerror'))).toBe(true);
    const states = await db.cardStates.where('deckId').equals(deckId).toArray();
    expect(states.every((s) => s.sched.reps === 2 && s.sched.lastReview !== null)).toBe(true);
    const log = await readImportedLog(db);
    expect(log).toHaveLength(CARDS * 2);
    expect(log.every((l) => l.timeZone === 'Europe/Berlin')).toBe(true);
    expect(new Set(log.map((l) => l.durationMs))).toEqual(new Set([5000, 7000]));
  });

  it('writes nothing when saving fails halfway (cards and states written, the history refused)', async () => {
    const db = openDb(freshFactory());
    await syncBundle(db, SAMPLE(), NOW);
    const before = await snapshot(db);
    const written: number[] = [];
    const full = new DOMException('The disk is full', 'QuotaExceededError');
    jest.spyOn(db.importedLogs, 'bulkAdd').mockImplementation((() => Promise.reject(full)) as never);
    await expect(runImportJob(job(await bigPackage()), { ...deps(db), onSaving: (n) => written.push(n) })).rejects.toMatchObject({
      name: 'QuotaExceededError',
    });
    expect(Math.max(...written)).toBeGreaterThanOrEqual(CARDS * 2);
    expect(await snapshot(db)).toEqual(before);
    expect(await db.media.count()).toBe(0);
  });

  it('writes the states while the page sanitizes, then the sanitized cards', async () => {
    const db = openDb(freshFactory());
    await syncBundle(db, SAMPLE(), NOW);
    const sanitize = answersOnceStatesAreWritten(db, deps(db).sanitize);
    const { saved } = await runImportJob(job(await bigPackage()), { ...deps(db), sanitize });
    expect(saved).toMatchObject({ added: CARDS, reviews: CARDS * 2 });
    const deckId = saved.decks[0]!.id;
    const cards = await cardsOfDeck(db, deckId);
    expect(cards).toHaveLength(CARDS);
    expect(cards.every((c) => c.html!.prompt.endsWith('<!--clean-->'))).toBe(true);
    expect(await db.cardStates.where('[deckId+queue+due]').between([deckId], [deckId, []]).count()).toBe(CARDS);
  });

  it('writes nothing when the page fails while the states are being written', async () => {
    const db = openDb(freshFactory());
    await syncBundle(db, SAMPLE(), NOW);
    const before = await snapshot(db);
    const sanitize = answersOnceStatesAreWritten(db, () => Promise.reject(new Error('page gone')));
    await expect(runImportJob(job(await bigPackage()), { ...deps(db), sanitize })).rejects.toThrow('page gone');
    expect(db.cardStates.bulkPut).toHaveBeenCalled();
    expect(await snapshot(db)).toEqual(before);
  });

  it('writes nothing when the page cannot sanitize a batch', async () => {
    const db = openDb(freshFactory());
    await syncBundle(db, SAMPLE(), NOW);
    const before = await snapshot(db);
    let n = 0;
    const refuse: ImportJobDeps['sanitize'] = (deck) => (++n === 2 ? Promise.reject(new Error('page gone')) : Promise.resolve(deck.cards));
    await expect(runImportJob(job(await bigPackage()), { ...deps(db), sanitize: refuse })).rejects.toThrow('page gone');
    expect(await snapshot(db)).toEqual(before);
  });

  it('makes the cards and hands them to the page while the states are written', async () => {
    const db = openDb(freshFactory());
    await syncBundle(db, SAMPLE(), NOW);
    const events: string[] = [];
    const bulkPut = db.cardStates.bulkPut.bind(db.cardStates);
    jest.spyOn(db.cardStates, 'bulkPut').mockImplementation(((...args: Parameters<typeof bulkPut>) => {
      if (args[0].length > 0) events.push('states');
      return bulkPut(...args);
    }) as never);
    const page = deps(db).sanitize;
    const sanitize: ImportJobDeps['sanitize'] = (deck) => {
      events.push('sanitize');
      return page(deck);
    };
    const { summary, saved } = await runImportJob(job(await bigPackage()), { ...deps(db), sanitize });
    expect(summary).toMatchObject({ cards: CARDS, kinds: { basic: CARDS } });
    expect(saved).toMatchObject({ added: CARDS, reviews: CARDS * 2 });
    expect(events[0]).toBe('states');
    expect(events.filter((e) => e === 'sanitize')).toHaveLength(Math.ceil(CARDS / SANITIZE_BATCH));
    expect(await cardsOfDeck(db, saved.decks[0]!.id)).toHaveLength(CARDS);
  });

  it('writes nothing when a note in the middle of the package is malformed', async () => {
    const db = openDb(freshFactory());
    await syncBundle(db, SAMPLE(), NOW);
    const before = await snapshot(db);
    const batches: number[] = [];
    await expect(runImportJob(job(await bigPackage(Math.floor(CARDS / 2))), deps(db, batches))).rejects.toMatchObject({
      code: 'missing-field',
    });
    expect(batches).toHaveLength(0);
    expect(await snapshot(db)).toEqual(before);
  });
});
