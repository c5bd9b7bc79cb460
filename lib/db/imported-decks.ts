// The learner's own decks: an import (already parsed; its history replayed and its HTML sanitized while it
// is written) written in one transaction, so a failure leaves nothing behind; renaming and deleting them; and reading
// everything back for an export. Importing the same file again updates its cards (same ids) and keeps
// the progress made here; history is added only for cards that arrive new.
import Dexie from 'dexie';

import type { PlacedDeck } from '@/lib/anki/from-collection';
import type { ImportedDeck } from '@/lib/anki/imported';
import type { MediaFile } from '@/lib/anki/media';
import type { Replay } from '@/lib/anki/replay';
import type { ExportReview } from '@/lib/anki/revlog';
import { contentHash } from '@/lib/decks/hash';
import type { CompiledDeck } from '@/lib/decks/types';
import { newSchedState } from '@/lib/srs/new-state';
import type { SchedState } from '@/lib/srs/types';

import type { ImportTimings } from './anki-reply';
import { allCards, cardsOfDeck, cardTables, deleteDeckCards, putDeckPacks, removeCards } from './card-rows';
import { deckStates } from './deck-states';
import { packImportedLog, readImportedLog } from './imported-log';
import { placeInQueue, type CardRow, type CardStateRow, type DeckRow, type MediaRow } from './rows';
import type { CardsDB } from './schema';

/** How long the transaction waits for the page to sanitize the cards before it gives up, writing nothing. */
export const SAFE_TIMEOUT_MS = 10 * 60_000;

export type PreparedImport = {
  media: MediaFile[];
  /** The file's history, replayed batch by batch inside the transaction while the states are written. */
  replay: Replay;
} & (
  | {
      /** The decks as converted: their ids, positions and hashes are final, their HTML safe. */
      decks: ImportedDeck[];
      safe?: undefined;
      make?: undefined;
    }
  | {
      /** The decks with their cards placed (ids and positions final), not yet made. */
      decks: PlacedDeck[];
      /** The decks with their cards made and their HTML made safe, when the page has done it. */
      safe: Promise<ImportedDeck[]>;
      /** Steps that make the cards and hand them to the page: one is taken as each batch of states is written, the rest once the states are. */
      make?: Iterable<unknown>;
    }
);

export interface SavedImport {
  decks: { id: string; title: string }[];
  added: number;
  updated: number;
  reviews: number;
  media: number;
}

export class DeckNotImportedError extends Error {
  constructor(deckId: string) {
    super(`Deck ${deckId} came with the app: only your own decks can be renamed or deleted.`);
    this.name = 'DeckNotImportedError';
  }
}

type SaveTimings = Pick<ImportTimings, 'saveRead' | 'make' | 'replay' | 'saveStates' | 'sanitizeWait' | 'saveCards'>;

/**
 * Writes an import in one transaction, so a failure anywhere (a full disk, the page failing to sanitize)
 * leaves nothing behind. IndexedDB's cost is per row written and is paid in the browser's own process,
 * so the worker's work runs while it writes: the states first, each batch as the replay ends it (the
 * next batch is replayed, and the next cards made for the page, while the last is written), then, once
 * the page has sanitized them (it does so during the replay), the cards (packed, card-rows.ts: each deck's
 * packs replace the ones it had), the history packed while they are written, and the images.
 */
export async function saveImport(
  db: CardsDB,
  prepared: PreparedImport,
  opts: {
    now: number;
    timeZone: string;
    onProgress?: (written: number, total: number) => void;
    /** Filled with where the transaction's time went (ms), when given. */
    timings?: SaveTimings;
  },
): Promise<SavedImport> {
  const report: SavedImport = { decks: [], added: 0, updated: 0, reviews: 0, media: 0 };
  const cardCount = prepared.decks.reduce((n, d) => n + d.cards.length, 0);
  const total = cardCount * 2 + prepared.replay.log.length;
  let written = 0;
  const progress = (n: number) => {
    written += n;
    opts.onProgress?.(written, total);
  };
  let last = 0;
  const lap = (part: keyof SaveTimings) => {
    const at = performance.now();
    if (opts.timings) opts.timings[part] += at - last;
    last = at;
  };
  await db.transaction('rw', [db.decks, ...cardTables(db), db.cardStates, db.importedLogs, db.media], async () => {
    last = performance.now();
    const lastOrder = (await db.decks.orderBy('order').last())?.order ?? 0;
    const deckIds = prepared.decks.map((d) => d.id);
    const oldDecks = await db.decks.bulkGet(deckIds);
    oldDecks.forEach((old, i) => {
      if (old && old.origin !== 'imported') throw new DeckNotImportedError(deckIds[i]!);
    });
    const stored = new Set(await db.cardStates.toCollection().primaryKeys());
    /** Cards arriving new: their deck and place, until their state is written. */
    const arriving = new Map<string, { deckId: string; position: number }>();
    /** Each deck's cards the file no longer has (retired, kept with their history), by deck. */
    const leftCards = new Map<string, CardRow[]>();
    /** Cards the file moves here from a deck it does not bring. */
    const moved: string[] = [];
    const keptStates: CardStateRow[] = [];
    const keep = new Set(prepared.decks.flatMap((d) => d.cards.map((c) => c.id)));
    for (const deck of prepared.decks) {
      const ids = deck.cards.map((c) => c.id);
      // Only the cards already here are read: a get per card costs IndexedDB as much as a write.
      const oldStates = new Map((await db.cardStates.bulkGet(ids.filter((id) => stored.has(id)))).map((s) => [s!.cardId, s!]));
      for (const card of deck.cards) {
        const state = oldStates.get(card.id);
        if (!state) {
          report.added++;
          arriving.set(card.id, { deckId: deck.id, position: card.position });
          continue;
        }
        report.updated++;
        if (state.deckId !== deck.id && !deckIds.includes(state.deckId)) moved.push(card.id);
        const kept = { ...state, deckId: deck.id, rev: state.rev + 1 };
        keptStates.push({ ...kept, ...placeInQueue(kept, card.position, false) });
      }
      // Cards the file no longer has leave the deck's queue; their history stays, as for bundled decks.
      const left = (await cardsOfDeck(db, deck.id)).filter((c) => !keep.has(c.id));
      leftCards.set(
        deck.id,
        left.map((c) => ({ ...c, retired: 1 })),
      );
      for (const card of left.filter((c) => c.retired === 0)) {
        const state = await db.cardStates.get(card.id);
        if (state) keptStates.push({ ...state, rev: state.rev + 1, ...placeInQueue(state, card.position, true) });
      }
    }
    const newCards = new Set(arriving.keys());
    lap('saveRead');

    // At most two batches of states out at once: one being written while the next is replayed.
    const putStates = (rows: CardStateRow[]) => {
      const put = db.cardStates.bulkPut(rows).then(() => progress(rows.length));
      put.catch(() => undefined);
      return put;
    };
    const stateRow = (cardId: string, sched: SchedState): CardStateRow => {
      const { deckId, position } = arriving.get(cardId)!;
      arriving.delete(cardId);
      const base = { cardId, deckId, sched, suspended: 0 as const, buriedUntil: 0, flag: 0, rev: sched.reps };
      return { ...base, ...placeInQueue(base, position, false) };
    };
    // The cards are made (and handed to the page) a step at a time while the states are written.
    const making = prepared.make?.[Symbol.iterator]();
    let makeMs = 0;
    const makeStep = (): boolean => {
      const from = performance.now();
      const step = making?.next();
      makeMs += performance.now() - from;
      return !step || step.done === true;
    };
    let writing = putStates(keptStates);
    const batches = prepared.replay.batches[Symbol.iterator]();
    let replayMs = 0;
    for (;;) {
      const from = performance.now();
      const batch = batches.next();
      replayMs += performance.now() - from;
      if (batch.done) break;
      const rows: CardStateRow[] = [];
      // A card already here keeps its state and its history; an answer for a card not in the file is dropped.
      for (const [cardId, sched] of batch.value) if (arriving.has(cardId)) rows.push(stateRow(cardId, sched));
      const next = putStates(rows);
      makeStep();
      await writing;
      writing = next;
    }
    const unanswered = putStates([...arriving.keys()].map((cardId) => stateRow(cardId, newSchedState(opts.now))));
    while (!makeStep());
    await Promise.all([writing, unanswered]);
    if (opts.timings) {
      opts.timings.replay += replayMs;
      opts.timings.make += makeMs;
    }
    last += replayMs + makeMs;
    lap('saveStates');

    const decks = prepared.safe === undefined ? prepared.decks : await Dexie.waitFor(prepared.safe, SAFE_TIMEOUT_MS);
    lap('sanitizeWait');
    await db.decks.bulkPut(
      decks.map((deck, i) => ({
        id: deck.id,
        title: oldDecks[i]?.title ?? deck.title,
        summary: deck.summary,
        order: oldDecks[i]?.order ?? lastOrder + 1 + i,
        sources: deck.sources,
        hash: contentHash(deck.cards.map((c) => c.hash).join('|')),
        cardCount: deck.cards.length,
        origin: 'imported' as const,
      })),
    );
    decks.forEach((deck, i) => report.decks.push({ id: deck.id, title: oldDecks[i]?.title ?? deck.title }));
    // Each deck's cards replace the ones it had (its packs, and its rows from before version 11).
    await removeCards(db, moved);
    await Promise.all(deckIds.map((id) => deleteDeckCards(db, id)));
    const cardPuts = decks.flatMap((d) =>
      putDeckPacks(db, d.id, [...d.cards.map((card) => ({ ...card, retired: 0 as const })), ...leftCards.get(d.id)!], progress),
    );

    // The history goes in packed (imported-log.ts): a row per answer would cost IndexedDB a minute.
    // Only cards arriving now bring theirs: a card already here keeps the history it has. It is packed
    // while the cards are written.
    const { log } = prepared.replay;
    const picksOf = new Map<string, number[]>(deckIds.map((id) => [id, []]));
    const deckPicks = new Map(prepared.decks.flatMap((d) => d.cards.map((c) => [c.id, picksOf.get(d.id)!] as const)));
    const picksByCard = log.cardIds.map((id) => (newCards.has(id) ? deckPicks.get(id) : undefined));
    const answered = new Uint32Array(log.cardIds.length);
    const rev = new Uint32Array(log.length);
    for (let i = 0; i < log.length; i++) {
      const c = log.card[i]!;
      const picks = picksByCard[c];
      if (!picks) continue;
      rev[i] = answered[c]++;
      picks.push(i);
    }
    const packed = [...picksOf].flatMap(([deckId, picks]) => packImportedLog(deckId, opts.timeZone, log, picks, rev));
    report.reviews = packed.reduce((n, row) => n + row.reviewedAt.length, 0);
    await Promise.all(cardPuts);
    lap('saveCards');
    await db.importedLogs.bulkAdd(packed);
    progress(log.length);

    const oldMedia = await db.media.bulkGet(prepared.media.map((m) => m.name));
    const mediaPuts: MediaRow[] = prepared.media.map((m, i) => ({
      name: m.name,
      type: m.type,
      bytes: m.bytes,
      decks: [...new Set([...(oldMedia[i]?.decks ?? []), ...deckIds])],
    }));
    await db.media.bulkPut(mediaPuts);
    report.media = mediaPuts.length;
  });
  return report;
}

async function importedDeck(db: CardsDB, deckId: string): Promise<DeckRow> {
  const deck = await db.decks.get(deckId);
  if (!deck || deck.origin !== 'imported') throw new DeckNotImportedError(deckId);
  return deck;
}

export const MAX_DECK_TITLE = 120;

/** Renames one of the learner's decks; returns the problem with the title instead when there is one. */
export async function renameImportedDeck(db: CardsDB, deckId: string, title: string): Promise<string | null> {
  const clean = title.trim().replace(/\s+/g, ' ');
  if (clean === '') return 'A deck needs a name.';
  if (clean.length > MAX_DECK_TITLE) return `A deck's name can have at most ${MAX_DECK_TITLE} characters.`;
  await db.transaction('rw', [db.decks], async () => {
    await importedDeck(db, deckId);
    await db.decks.update(deckId, { title: clean });
  });
  return null;
}

/** Deletes one of the learner's decks with its cards, progress, history and the images only it used. */
export async function deleteImportedDeck(db: CardsDB, deckId: string): Promise<void> {
  // Settings too: deleting log rows changes the log's epoch (log-epoch.ts).
  await db.transaction(
    'rw',
    [db.decks, ...cardTables(db), db.cardStates, db.reviewLogs, db.importedLogs, db.media, db.settings],
    async () => {
      await importedDeck(db, deckId);
      await deleteDeckCards(db, deckId);
      await deckStates(db, deckId).delete();
      await db.reviewLogs.where('[deckId+reviewedAt]').between([deckId, -Infinity], [deckId, Infinity]).delete();
      await db.importedLogs.where('deckId').equals(deckId).delete();
      const media = await db.media.where('decks').equals(deckId).toArray();
      const [orphans, shared] = [media.filter((m) => m.decks.length === 1), media.filter((m) => m.decks.length > 1)];
      await db.media.bulkDelete(orphans.map((m) => m.name));
      await db.media.bulkPut(shared.map((m) => ({ ...m, decks: m.decks.filter((d) => d !== deckId) })));
      await db.decks.delete(deckId);
    },
  );
}

/** An image of an imported deck, by the name its cards use. */
export const getMedia = (db: CardsDB, name: string): Promise<MediaRow | undefined> => db.media.get(name);

/** Every deck as the Anki writer reads it, with the learner's progress and answers. */
export async function progressForExport(
  db: CardsDB,
): Promise<{ decks: CompiledDeck[]; states: Map<string, SchedState>; reviews: ExportReview[] }> {
  return db.transaction('r', [db.decks, ...cardTables(db), db.cardStates, db.reviewLogs, db.importedLogs], async () => {
    const [decks, cards, states, here, imported] = await Promise.all([
      db.decks.orderBy('order').toArray(),
      allCards(db),
      db.cardStates.toArray(),
      db.reviewLogs.orderBy('id').toArray(),
      readImportedLog(db),
    ]);
    const logs = [...imported, ...here];
    const byDeck = new Map<string, CardRow[]>();
    for (const card of cards) {
      if (card.retired) continue;
      const list = byDeck.get(card.deckId) ?? [];
      list.push(card);
      byDeck.set(card.deckId, list);
    }
    return {
      decks: decks.map((d) => ({
        id: d.id,
        title: d.title,
        summary: d.summary,
        order: d.order,
        sources: d.sources,
        hash: d.hash,
        cards: (byDeck.get(d.id) ?? []).sort((a, b) => a.position - b.position),
      })),
      states: new Map(states.map((s) => [s.cardId, s.sched])),
      reviews: logs.map((l) => ({
        cardId: l.cardId,
        rating: l.rating,
        reviewedAt: l.reviewedAt,
        durationMs: l.durationMs,
        before: l.before.sched,
        after: l.after,
      })),
    };
  });
}
