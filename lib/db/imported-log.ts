// Review history that came with an imported deck, packed: one row holds up to IMPORTED_LOG_CHUNK answers
// of one deck as columns. Why not one reviewLogs row per answer: Chromium's IndexedDB pays a fixed cost
// for every row written (measured here at 50–270 µs, whatever the row's size), so 200,000 answers cost
// a minute as rows and under a second packed. Nothing is lost: every answer keeps its card, time, rating,
// duration and the full scheduling state before and after it, so statistics, the optimizer, the card's
// history and the Anki export read it as they read the log (they call the functions below). An imported
// answer cannot be undone, so it needs no card-state row of its own.
import type { ReplayLog } from '@/lib/anki/replay';
import { PHASE, type LogColumns } from '@/lib/insight/columns';
import type { OptimizerReview } from '@/lib/insight/optimizer-items';
import { getSched, SCHED_AT, SCHED_WIDTH } from '@/lib/srs/packed-state';
import type { Rating } from '@/lib/srs/types';

import { placeInQueue, type ReviewLogRow } from './rows';
import type { CardsDB } from './schema';

export const IMPORTED_LOG_CHUNK = 4096;

export interface ImportedLogRow {
  id?: number;
  deckId: string;
  /** The zone the import ran in: Anki keeps none per answer. */
  timeZone: string;
  /** The cards answered in this row; `card` indexes into it. */
  cardIds: string[];
  card: Uint32Array;
  reviewedAt: Float64Array;
  rating: Uint8Array;
  durationMs: Float64Array;
  /** The card's rev before each answer (its count of answers here so far). */
  rev: Uint32Array;
  /** SCHED_WIDTH numbers per answer (lib/srs/packed-state.ts): the state before, and after. */
  before: Float64Array;
  after: Float64Array;
}

/**
 * The answers at `picks` (indices into a replay's log, in time order) packed into rows of
 * IMPORTED_LOG_CHUNK; `rev[i]` is answer i's card's count of answers before it.
 */
export function packImportedLog(
  deckId: string,
  timeZone: string,
  log: ReplayLog,
  picks: readonly number[],
  rev: Uint32Array,
): ImportedLogRow[] {
  const rows: ImportedLogRow[] = [];
  for (let start = 0; start < picks.length; start += IMPORTED_LOG_CHUNK) {
    const n = Math.min(IMPORTED_LOG_CHUNK, picks.length - start);
    const row: ImportedLogRow = {
      deckId,
      timeZone,
      cardIds: [],
      card: new Uint32Array(n),
      reviewedAt: new Float64Array(n),
      rating: new Uint8Array(n),
      durationMs: new Float64Array(n),
      rev: new Uint32Array(n),
      before: new Float64Array(n * SCHED_WIDTH),
      after: new Float64Array(n * SCHED_WIDTH),
    };
    const cardIndex = new Map<number, number>();
    for (let j = 0; j < n; j++) {
      const i = picks[start + j]!;
      const logCard = log.card[i]!;
      let c = cardIndex.get(logCard);
      if (c === undefined) {
        c = row.cardIds.push(log.cardIds[logCard]!) - 1;
        cardIndex.set(logCard, c);
      }
      row.card[j] = c;
      row.reviewedAt[j] = log.reviewedAt[i]!;
      row.rating[j] = log.rating[i]!;
      row.durationMs[j] = log.durationMs[i]!;
      row.rev[j] = rev[i]!;
      row.before.set(log.before.subarray(i * SCHED_WIDTH, (i + 1) * SCHED_WIDTH), j * SCHED_WIDTH);
      row.after.set(log.after.subarray(i * SCHED_WIDTH, (i + 1) * SCHED_WIDTH), j * SCHED_WIDTH);
    }
    rows.push(row);
  }
  return rows;
}

/** A packed row's answers as review-log rows (no id: they have none of the log's), optionally one card's only. */
export function unpackImportedLog(row: ImportedLogRow, cardId?: string): ReviewLogRow[] {
  const wanted = cardId === undefined ? -1 : row.cardIds.indexOf(cardId);
  if (cardId !== undefined && wanted < 0) return [];
  const out: ReviewLogRow[] = [];
  for (let i = 0; i < row.reviewedAt.length; i++) {
    if (wanted >= 0 && row.card[i] !== wanted) continue;
    const id = row.cardIds[row.card[i]!]!;
    const base = {
      cardId: id,
      deckId: row.deckId,
      sched: getSched(row.before, i),
      suspended: 0 as const,
      buriedUntil: 0,
      flag: 0,
      rev: row.rev[i]!,
    };
    out.push({
      cardId: id,
      deckId: row.deckId,
      rating: row.rating[i] as Rating,
      reviewedAt: row.reviewedAt[i]!,
      timeZone: row.timeZone,
      durationMs: row.durationMs[i]!,
      before: { ...base, ...placeInQueue(base, 0, false) },
      after: getSched(row.after, i),
    });
  }
  return out;
}

/** Every imported answer as review-log rows. */
export async function readImportedLog(db: CardsDB): Promise<ReviewLogRow[]> {
  return (await db.importedLogs.toArray()).flatMap((row) => unpackImportedLog(row));
}

/** Every imported answer as the optimizer reads it, straight from the columns. */
export async function importedOptimizerReviews(db: CardsDB): Promise<OptimizerReview[]> {
  const out: OptimizerReview[] = [];
  for (const row of await db.importedLogs.toArray()) {
    for (let i = 0; i < row.reviewedAt.length; i++) {
      out.push({
        cardId: row.cardIds[row.card[i]!]!,
        reviewedAt: row.reviewedAt[i]!,
        rating: row.rating[i]!,
        wasNew: row.before[i * SCHED_WIDTH + SCHED_AT.phase] === PHASE.new,
      });
    }
  }
  return out;
}

/** One card's imported answers. */
export async function importedLogOf(db: CardsDB, deckId: string, cardId: string): Promise<ReviewLogRow[]> {
  return (await db.importedLogs.where('deckId').equals(deckId).toArray()).flatMap((row) => unpackImportedLog(row, cardId));
}

/** How many imported answers there are, without unpacking them. */
export async function countImportedAnswers(db: CardsDB): Promise<number> {
  let n = 0;
  await db.importedLogs.each((row) => (n += row.reviewedAt.length));
  return n;
}

const DAY_MS = 86_400_000;

/** A packed row as the statistics' columns (the same numbers digestChunk takes from a log row). */
export function importedLogColumns(row: ImportedLogRow): Omit<LogColumns, 'length'> {
  const n = row.reviewedAt.length;
  const phase = new Uint8Array(n);
  const interval = new Float32Array(n);
  const stability = new Float32Array(n);
  const elapsedDays = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const o = i * SCHED_WIDTH;
    phase[i] = row.before[o + SCHED_AT.phase]!;
    interval[i] = row.before[o + SCHED_AT.scheduledDays]!;
    stability[i] = row.before[o + SCHED_AT.stability]!;
    const last = row.before[o + SCHED_AT.lastReview]!;
    elapsedDays[i] = Number.isNaN(last) ? NaN : (row.reviewedAt[i]! - last) / DAY_MS;
  }
  return {
    reviewedAt: row.reviewedAt,
    rating: row.rating,
    durationMs: Float32Array.from(row.durationMs),
    phase,
    interval,
    stability,
    elapsedDays,
  };
}
