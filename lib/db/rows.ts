// What each IndexedDB table holds. Times are epoch milliseconds (numbers survive structured clone
// across realms; Dates do not pass `instanceof` there).
import type { CompiledCard, DeckSource } from '@/lib/decks';
import type { Phase, Rating, SchedState } from '@/lib/srs';

/** Queue codes, part of the [deckId+queue+due] index that makes the due queue a range scan. */
export const Q = {
  /** The card does not hold for the containerd version the learner runs (Settings): kept, not studied. */
  otherVersion: -4,
  retired: -3,
  buried: -2,
  suspended: -1,
  new: 0,
  learning: 1,
  review: 2,
} as const;
export type QueueCode = (typeof Q)[keyof typeof Q];

export function queueForPhase(phase: Phase): QueueCode {
  if (phase === 'new') return Q.new;
  if (phase === 'review') return Q.review;
  return Q.learning;
}

export interface DeckRow {
  id: string;
  title: string;
  summary: string;
  order: number;
  sources: DeckSource[];
  hash: string;
  cardCount: number;
  /** Bundled decks come with the app and deck sync keeps them; imported ones are the learner's own. */
  origin: DeckOrigin;
}

export type DeckOrigin = 'bundled' | 'imported';

/** An image of an imported deck, by the name its cards use; kept while a deck in `decks` uses it. */
export interface MediaRow {
  name: string;
  type: string;
  bytes: Uint8Array;
  decks: string[];
}

export interface CardRow extends CompiledCard {
  /** 1 when a newer bundle no longer has the card: hidden from study, logs kept. */
  retired: 0 | 1;
}

/**
 * Up to 64 cards of one imported deck in a row (version 11, card-rows.ts): IndexedDB charges per row
 * written, whatever its size. `cardIds` lists the cards' ids, indexed one entry each.
 */
export interface CardPackRow {
  /** `${deckId}#${n}`. */
  id: string;
  deckId: string;
  cardIds: string[];
  cards: CardRow[];
}

export interface CardStateRow {
  cardId: string;
  deckId: string;
  /** Derived from sched.phase, suspension, burial and retirement. */
  queue: QueueCode;
  /** Index key: sched.due for learning and review, deck position for new cards, buriedUntil when buried. */
  due: number;
  sched: SchedState;
  suspended: 0 | 1;
  buriedUntil: number;
  flag: number;
  /** Bumped by every write; an answer must name the rev it was shown, so a stale tab cannot answer twice. */
  rev: number;
  /**
   * 1 while the card's versions exclude the containerd line the learner runs (lib/db/study-line.ts keeps
   * it in step with Settings): out of every queue and count, its schedule kept for when the line changes.
   */
  otherVersion?: 1;
}

export interface ReviewLogRow {
  id?: number;
  cardId: string;
  deckId: string;
  rating: Rating;
  reviewedAt: number;
  timeZone: string;
  durationMs: number;
  /** The whole card-state row before the answer: undo puts it back exactly. */
  before: CardStateRow;
  after: SchedState;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

/** Where a card state belongs in the queue index, from its other fields. */
export function placeInQueue(
  row: Omit<CardStateRow, 'queue' | 'due'>,
  position: number,
  retired: boolean,
): Pick<CardStateRow, 'queue' | 'due'> {
  if (retired) return { queue: Q.retired, due: row.sched.due };
  if (row.otherVersion) return { queue: Q.otherVersion, due: row.sched.due };
  if (row.suspended) return { queue: Q.suspended, due: row.sched.due };
  if (row.buriedUntil > 0) return { queue: Q.buried, due: row.buriedUntil };
  const queue = queueForPhase(row.sched.phase);
  return { queue, due: queue === Q.new ? position : row.sched.due };
}

export type QuizMode = 'live' | 'pass-and-play' | 'projector';

/** A finished (or ended) team quiz, kept on the host's device. */
export interface QuizReportRow {
  id?: number;
  createdAt: number;
  mode: QuizMode;
  decks: string[];
  players: {
    nickname: string;
    team: number | null;
    score: number;
    right: number;
    answered: number;
    rank: number | null;
    /** The random id the player's device sent on join (live games): the same player across reports. */
    deviceId?: string;
    /** The option picked at each question the player was in, by question index; null for no answer. */
    picks?: Record<number, number | null>;
    /**
     * What the answer earned at each question the player was in (1 right, 0 wrong, between: a partly right
     * order; null: no answer). Reports kept before it was recorded have `picks` only.
     */
    credits?: Record<number, number | null>;
  }[];
  questions: {
    cardId: string;
    deckId: string;
    prompt: string;
    skipped: boolean;
    right: number;
    players: number;
    accuracy: number | null;
    /** The right option's index among the options as shown (for reading `picks`). */
    correct?: number;
  }[];
}
