// Reads for the Decks and Browse screens: per-deck progress, card search, one card's detail.
import type { CardRow, CardStateRow, DeckRow, ReviewLogRow } from './rows';
import { Q } from './rows';
import type { CardsDB } from './schema';

/** Anki's line between young and mature reviews. */
export const MATURE_DAYS = 21;

export type CardStatus = 'new' | 'learning' | 'young' | 'mature' | 'suspended' | 'buried' | 'retired';

export function cardStatus(state: CardStateRow): CardStatus {
  if (state.queue === Q.retired) return 'retired';
  if (state.suspended) return 'suspended';
  if (state.queue === Q.buried) return 'buried';
  const { phase, scheduledDays } = state.sched;
  if (phase === 'new') return 'new';
  if (phase === 'learning' || phase === 'relearning') return 'learning';
  return scheduledDays >= MATURE_DAYS ? 'mature' : 'young';
}

export type DeckProgress = Record<Exclude<CardStatus, 'retired'>, number> & { total: number };

export async function deckProgress(db: CardsDB, deckId: string): Promise<DeckProgress> {
  const progress: DeckProgress = { new: 0, learning: 0, young: 0, mature: 0, suspended: 0, buried: 0, total: 0 };
  const states = await db.cardStates.where('deckId').equals(deckId).toArray();
  for (const s of states) {
    const status = cardStatus(s);
    if (status === 'retired') continue;
    progress[status]++;
    progress.total++;
  }
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

export type StatusFilter = 'all' | 'new' | 'learning' | 'review' | 'suspended';

export interface CardSearch {
  text: string;
  deckId: string | null;
  status: StatusFilter;
  showRetired: boolean;
  limit: number;
}

export interface CardHit {
  card: CardRow;
  state: CardStateRow;
  status: CardStatus;
}

function haystack(card: CardRow): string {
  return [card.prompt, card.answer, ...(card.choices ?? []).map((c) => c.text), ...(card.accept ?? []), card.id]
    .join('\n')
    .toLowerCase();
}

function statusMatches(status: CardStatus, filter: StatusFilter): boolean {
  if (filter === 'all') return true;
  if (filter === 'review') return status === 'young' || status === 'mature';
  return status === filter;
}

/** Every word of the query must appear (case-insensitive) in the card's text. Deck order. */
export async function searchCards(db: CardsDB, q: CardSearch): Promise<{ hits: CardHit[]; total: number }> {
  const words = q.text.toLowerCase().split(/\s+/).filter(Boolean);
  const cards = q.deckId ? await db.cards.where('deckId').equals(q.deckId).toArray() : await db.cards.toArray();
  const candidates = cards.filter((c) => (q.showRetired || c.retired === 0) && words.every((w) => haystack(c).includes(w)));
  const states = await db.cardStates.bulkGet(candidates.map((c) => c.id));
  const hits: CardHit[] = [];
  candidates.forEach((card, i) => {
    const state = states[i];
    if (!state) return;
    const status = cardStatus(state);
    if (statusMatches(status, q.status)) hits.push({ card, state, status });
  });
  hits.sort((a, b) => a.card.deckId.localeCompare(b.card.deckId) || a.card.position - b.card.position);
  return { hits: hits.slice(0, q.limit), total: hits.length };
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
  const [deck, logs] = await Promise.all([db.decks.get(card.deckId), db.reviewLogs.where('cardId').equals(cardId).toArray()]);
  return { card, state, status: cardStatus(state), deckTitle: deck?.title ?? card.deckId, logs: logs.reverse() };
}
