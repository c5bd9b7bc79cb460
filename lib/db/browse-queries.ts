// Reads for the Decks and Browse screens: per-deck progress, card search, one card's detail.
import { Dexie } from 'dexie';

import type { StudyLine } from '@/lib/decks/releases';
import { versionsHoldFor } from '@/lib/decks/versions';
import { MATURE_DAYS } from '@/lib/insight/columns';

import { allCards, cardsOfDeck, getCard } from './card-rows';
import { deckStates, queueRange } from './deck-states';
import { importedLogOf } from './imported-log';
import { findMatch, holdsEveryWord, searchWords, type CardMatch } from './card-match';
import type { CardRow, CardStateRow, DeckRow, ReviewLogRow } from './rows';
import { Q } from './rows';
import type { CardsDB } from './schema';

/** Where a card stands: suspension wins over its phase; burial (until tomorrow) does not count. */
export type CardStatus = 'new' | 'learning' | 'young' | 'mature' | 'suspended';

export function cardStatus(state: CardStateRow): CardStatus {
  if (state.suspended) return 'suspended';
  const { phase, scheduledDays } = state.sched;
  if (phase === 'new') return 'new';
  if (phase === 'learning' || phase === 'relearning') return 'learning';
  return scheduledDays >= MATURE_DAYS ? 'mature' : 'young';
}

export type DeckProgress = Record<CardStatus, number> & { total: number };

/**
 * Rows read per request when the progress counts must read rows: each request's rows are cloned, and
 * their keys noted for the live query, in one task of the page, so 50,000 review rows at once (a large
 * import) made one task of 450–750 ms on the shared test machine; 5,000 a page still made tasks of
 * 80–200 ms there, 2,000 a fraction of that.
 */
export const PROGRESS_PAGE = 2_000;

/**
 * Every row of one queue of a deck, in pages of at most `page` rows in index order. A page ends at the
 * last due date it reached; the rows due at that very time are read on their own, by key (also in pages,
 * however many they are), so the next page starts after it and no row is read twice or missed.
 */
async function eachQueueRow(db: CardsDB, deckId: string, queue: number, page: number, each: (row: CardStateRow) => void): Promise<void> {
  let from: number | undefined;
  for (;;) {
    const range = db.cardStates.where('[deckId+queue+due]');
    const rows = await (
      from === undefined ? queueRange(db, deckId, queue) : range.between([deckId, queue, from], [deckId, queue, Dexie.maxKey], false, true)
    )
      .limit(page)
      .toArray();
    if (rows.length < page) return rows.forEach(each);
    const last = rows.at(-1)!.due;
    rows.filter((row) => row.due < last).forEach(each);
    const tied = await range.equals([deckId, queue, last]).primaryKeys();
    for (let at = 0; at < tied.length; at += page) {
      for (const row of await db.cardStates.bulkGet(tied.slice(at, at + page))) if (row) each(row);
    }
    from = last;
  }
}

/**
 * Retired cards are not counted. New, learning and suspended cards are key counts; review and buried
 * rows are read (young or mature is the interval, in no index), a page at a time so no task is long.
 * One read transaction: the pages see one state of the deck, and (being explicit) a live query does
 * not deep-clone them into its cache.
 */
export async function deckProgress(db: CardsDB, deckId: string, page = PROGRESS_PAGE): Promise<DeckProgress> {
  return db.transaction('r', [db.cardStates], () => readProgress(db, deckId, page));
}

async function readProgress(db: CardsDB, deckId: string, page: number): Promise<DeckProgress> {
  const progress: DeckProgress = { new: 0, learning: 0, young: 0, mature: 0, suspended: 0, total: 0 };
  const tally = (row: CardStateRow) => progress[cardStatus(row)]++;
  const [newCount, learning, suspended] = await Promise.all([
    queueRange(db, deckId, Q.new).count(),
    queueRange(db, deckId, Q.learning).count(),
    queueRange(db, deckId, Q.suspended).count(),
    eachQueueRow(db, deckId, Q.buried, page, tally),
    eachQueueRow(db, deckId, Q.review, page, tally),
  ]);
  progress.new += newCount;
  progress.learning += learning;
  progress.suspended += suspended;
  progress.total = progress.new + progress.learning + progress.young + progress.mature + progress.suspended;
  return progress;
}

export interface DeckOverviewRow {
  deck: DeckRow;
  progress: DeckProgress;
}

export async function decksWithProgress(db: CardsDB): Promise<DeckOverviewRow[]> {
  const decks = await db.decks.orderBy('order').toArray();
  const progress = await Promise.all(decks.map((d) => deckProgress(db, d.id)));
  return decks.map((deck, i) => ({ deck, progress: progress[i] }));
}

export interface DeckChoice {
  id: string;
  title: string;
}

/** The decks to filter by, in deck order. */
export async function deckChoices(db: CardsDB): Promise<DeckChoice[]> {
  return (await db.decks.orderBy('order').toArray()).map((d) => ({ id: d.id, title: d.title }));
}

export type StatusFilter = 'all' | 'new' | 'learning' | 'review' | 'suspended';

export interface CardSearch {
  text: string;
  deckId: string | null;
  status: StatusFilter;
  showRetired: boolean;
  /** Only cards that hold for this containerd line; null for every version. */
  version?: StudyLine | null;
  limit: number;
}

export interface CardHit {
  card: CardRow;
  state: CardStateRow;
  status: CardStatus;
  /** Why the card matched the search text; null with no text. */
  match: CardMatch | null;
}

function statusMatches(status: CardStatus, filter: StatusFilter): boolean {
  if (filter === 'all') return true;
  if (filter === 'review') return status === 'young' || status === 'mature';
  return status === filter;
}

/**
 * The states of these cards: by key when they are few (one page), else in one scan of the deck or
 * table (a bulkGet of 10,000 keys takes half a second in Chromium; a scan a tenth of that).
 */
async function statesOf(db: CardsDB, cards: CardRow[], scan: { deckId: string | null } | null): Promise<(CardStateRow | undefined)[]> {
  if (!scan) return db.cardStates.bulkGet(cards.map((c) => c.id));
  const rows = await (scan.deckId ? deckStates(db, scan.deckId).toArray() : db.cardStates.toArray());
  const byId = new Map(rows.map((r) => [r.cardId, r]));
  return cards.map((c) => byId.get(c.id));
}

/**
 * Cards whose text holds every word of the query (case-insensitive), in deck order, at most
 * `limit` of them; `total` counts every match.
 */
export async function searchCards(db: CardsDB, q: CardSearch): Promise<{ hits: CardHit[]; total: number }> {
  const words = searchWords(q.text);
  const [decks, cards] = await Promise.all([db.decks.toArray(), q.deckId ? cardsOfDeck(db, q.deckId) : allCards(db)]);
  const order = new Map(decks.map((d) => [d.id, d.order]));
  const candidates = cards.filter((c) => {
    if (!q.showRetired && c.retired === 1) return false;
    if (q.version && !versionsHoldFor(c.versions, q.version)) return false;
    return holdsEveryWord(c, words);
  });
  candidates.sort(
    (a, b) =>
      (order.get(a.deckId) ?? Infinity) - (order.get(b.deckId) ?? Infinity) || a.deckId.localeCompare(b.deckId) || a.position - b.position,
  );
  // With no state filter every candidate is a hit: only the shown page needs its states.
  const checked = q.status === 'all' ? candidates.slice(0, q.limit) : candidates;
  const states = await statesOf(db, checked, q.status === 'all' ? null : { deckId: q.deckId });
  const hits: Omit<CardHit, 'match'>[] = [];
  checked.forEach((card, i) => {
    const state = states[i];
    if (!state) return;
    const status = cardStatus(state);
    if (statusMatches(status, q.status)) hits.push({ card, state, status });
  });
  const page = hits.slice(0, q.limit).map((hit) => ({ ...hit, match: findMatch(hit.card, words) }));
  return { hits: page, total: q.status === 'all' ? candidates.length : hits.length };
}

export interface CardDetail {
  card: CardRow;
  state: CardStateRow;
  status: CardStatus;
  deckTitle: string;
  /** Newest first. */
  logs: ReviewLogRow[];
}

export async function cardDetail(db: CardsDB, cardId: string): Promise<CardDetail | null> {
  const [card, state] = await Promise.all([getCard(db, cardId), db.cardStates.get(cardId)]);
  if (!card || !state) return null;
  const [deck, here, imported] = await Promise.all([
    db.decks.get(card.deckId),
    db.reviewLogs.where('cardId').equals(cardId).toArray(),
    importedLogOf(db, card.deckId, cardId),
  ]);
  const logs = [...here, ...imported];
  logs.sort((a, b) => b.reviewedAt - a.reviewedAt || (b.id ?? 0) - (a.id ?? 0));
  return { card, state, status: cardStatus(state), deckTitle: deck?.title ?? card.deckId, logs };
}
