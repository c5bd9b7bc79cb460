// Reads for the Decks and Browse screens: per-deck progress, card search, one card's detail.
import type { StudyLine } from '@/lib/decks/releases';
import { versionsHoldFor } from '@/lib/decks/versions';
import { MATURE_DAYS } from '@/lib/insight/columns';

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

/** Retired cards are not counted. Only review and buried rows are read; the other queues are key counts. */
export async function deckProgress(db: CardsDB, deckId: string): Promise<DeckProgress> {
  const [newCount, learning, suspended, buried, reviews] = await Promise.all([
    queueRange(db, deckId, Q.new).count(),
    queueRange(db, deckId, Q.learning).count(),
    queueRange(db, deckId, Q.suspended).count(),
    queueRange(db, deckId, Q.buried).toArray(),
    queueRange(db, deckId, Q.review).toArray(),
  ]);
  const progress: DeckProgress = { new: newCount, learning, young: 0, mature: 0, suspended, total: 0 };
  for (const row of [...buried, ...reviews]) progress[cardStatus(row)]++;
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
  const [decks, cards] = await Promise.all([
    db.decks.toArray(),
    q.deckId ? db.cards.where('deckId').equals(q.deckId).toArray() : db.cards.toArray(),
  ]);
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
  const [card, state] = await Promise.all([db.cards.get(cardId), db.cardStates.get(cardId)]);
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
