// The review log, digested for the statistics: the few numbers each answer contributes, packed into
// one row per 2,048 log ids. Reading 100,000 log rows costs seconds on a phone (each row is decoded on
// its own); twenty-odd packed rows cost milliseconds. The digest is a cache, never a source: every
// read checks it against the log and rebuilds the chunks that differ. A log row never changes under
// its id (ids come from IndexedDB's key generator, which never reuses one), so equal ids mean equal
// content. While the log's epoch (log-epoch.ts: changed by every deletion) is the one the digest was
// checked against, only answers were added since, so the log's last key says what is new; after a
// deletion every key is listed and compared.
import { emptyLogColumns, PHASE, type LogColumns } from '@/lib/insight/columns';

import { DIGEST_EPOCH_KEY, LOG_EPOCH_KEY, readEpoch } from './log-epoch';
import type { ReviewLogRow } from './rows';
import type { CardsDB } from './schema';
import { markStats } from './stats-marks';

export const DIGEST_CHUNK = 2048;

export interface LogDigestRow {
  chunk: number;
  ids: Uint32Array;
  /** Deck ids in this chunk; `deck` indexes into it. */
  deckIds: string[];
  deck: Uint16Array;
  reviewedAt: Float64Array;
  rating: Uint8Array;
  durationMs: Float32Array;
  phase: Uint8Array;
  interval: Float32Array;
  stability: Float32Array;
  elapsedDays: Float32Array;
}

const FIELDS = ['reviewedAt', 'rating', 'durationMs', 'phase', 'interval', 'stability', 'elapsedDays'] as const;
const DAY_MS = 86_400_000;

export function digestChunk(chunk: number, rows: readonly ReviewLogRow[]): LogDigestRow {
  const c = emptyLogColumns(rows.length);
  const deckIds: string[] = [];
  const deck = new Uint16Array(rows.length);
  const ids = new Uint32Array(rows.length);
  rows.forEach((row, i) => {
    const before = row.before.sched;
    let d = deckIds.indexOf(row.deckId);
    if (d < 0) d = deckIds.push(row.deckId) - 1;
    deck[i] = d;
    ids[i] = row.id!;
    c.reviewedAt[i] = row.reviewedAt;
    c.rating[i] = row.rating;
    c.durationMs[i] = row.durationMs;
    c.phase[i] = PHASE[before.phase];
    c.interval[i] = before.scheduledDays;
    c.stability[i] = before.stability;
    c.elapsedDays[i] = before.lastReview === null ? NaN : (row.reviewedAt - before.lastReview) / DAY_MS;
  });
  const { reviewedAt, rating, durationMs, phase, interval, stability, elapsedDays } = c;
  return { chunk, ids, deckIds, deck, reviewedAt, rating, durationMs, phase, interval, stability, elapsedDays };
}

function sameIds(digest: LogDigestRow | undefined, ids: readonly number[]): boolean {
  if (!digest || digest.ids.length !== ids.length) return false;
  for (let i = 0; i < ids.length; i++) if (digest.ids[i] !== ids[i]) return false;
  return true;
}

/** Log ids grouped by chunk, in order. */
function idsByChunk(ids: readonly number[]): Map<number, number[]> {
  const chunks = new Map<number, number[]>();
  for (const id of ids) {
    const chunk = Math.floor(id / DIGEST_CHUNK);
    const list = chunks.get(chunk);
    if (list) list.push(id);
    else chunks.set(chunk, [id]);
  }
  return chunks;
}

/**
 * The log's ids, or null when the digest is the whole log. With no deletion since the digest was
 * checked (`unchanged` epoch), rows below its last id are as it has them, so only ids above can be new;
 * otherwise (or for a log the digest does not reach) every key is listed.
 */
async function currentIds(db: CardsDB, digests: readonly LogDigestRow[], unchanged: boolean, lastId: unknown): Promise<number[] | null> {
  const lastDigest = digests.at(-1);
  const lastKnown = lastDigest ? lastDigest.ids[lastDigest.ids.length - 1] : undefined;
  if (unchanged) {
    if (lastId === lastKnown) return null;
    if (lastKnown !== undefined && typeof lastId === 'number' && lastId > lastKnown) {
      const newer = await db.reviewLogs.where(':id').above(lastKnown).primaryKeys();
      return [...digests.flatMap((d) => Array.from(d.ids)), ...newer];
    }
  }
  return db.reviewLogs.toCollection().primaryKeys();
}

/** The digest of the whole log, brought up to date (and stored) first. */
export async function readLogDigest(db: CardsDB): Promise<LogDigestRow[]> {
  const { current, rebuilt, gone, epoch, checked } = await db.transaction('r', [db.reviewLogs, db.logDigests, db.settings], async () => {
    // All asked at once, so IndexedDB has them before any later reader's requests (the cards').
    const [stored, lastId, epoch, digestEpoch] = await Promise.all([
      db.logDigests.toArray().finally(() => markStats('digest-rows')),
      db.reviewLogs
        .orderBy(':id')
        .lastKey()
        .finally(() => markStats('log-checked')),
      readEpoch(db, LOG_EPOCH_KEY),
      readEpoch(db, DIGEST_EPOCH_KEY),
    ]);
    const digests = stored.sort((a, b) => a.chunk - b.chunk);
    const checked = epoch === digestEpoch;
    const ids = await currentIds(db, digests, checked, lastId);
    if (ids === null) return { current: digests, rebuilt: [], gone: [], epoch, checked };
    const byChunk = new Map(digests.map((d) => [d.chunk, d]));
    const current: LogDigestRow[] = [];
    const rebuilt: LogDigestRow[] = [];
    for (const [chunk, chunkIds] of idsByChunk(ids)) {
      const digest = byChunk.get(chunk);
      byChunk.delete(chunk);
      if (digest && sameIds(digest, chunkIds)) {
        current.push(digest);
        continue;
      }
      const rows = await db.reviewLogs
        .where(':id')
        .between(chunk * DIGEST_CHUNK, (chunk + 1) * DIGEST_CHUNK, true, false)
        .toArray();
      const fresh = digestChunk(chunk, rows);
      current.push(fresh);
      rebuilt.push(fresh);
    }
    return { current, rebuilt, gone: [...byChunk.keys()], epoch, checked };
  });
  if (rebuilt.length > 0 || gone.length > 0 || !checked) {
    // A cache: if this write loses a race with an answer, the next read rebuilds that chunk again; if it
    // loses one with a deletion, that deletion's new epoch differs from the one stored here, so the next
    // read compares every key again.
    await db.transaction('rw', [db.logDigests, db.settings], async () => {
      await db.logDigests.bulkDelete(gone);
      await db.logDigests.bulkPut(rebuilt);
      await db.settings.put({ key: DIGEST_EPOCH_KEY, value: epoch });
    });
  }
  return current;
}

/** Positions in a chunk of one deck's answers. */
function positionsOf(digest: LogDigestRow, deckId: string): number[] {
  const wanted = digest.deckIds.indexOf(deckId);
  const at: number[] = [];
  if (wanted < 0) return at;
  for (let i = 0; i < digest.deck.length; i++) if (digest.deck[i] === wanted) at.push(i);
  return at;
}

/** The digested log as columns: every deck's answers, or one deck's. */
export function digestColumns(digests: readonly LogDigestRow[], deckId: string | null): LogColumns {
  const picks = digests.map((d) => (deckId === null ? null : positionsOf(d, deckId)));
  const out = emptyLogColumns(digests.reduce((n, d, i) => n + (picks[i]?.length ?? d.ids.length), 0));
  let at = 0;
  digests.forEach((d, i) => {
    const pick = picks[i];
    if (pick === null) {
      for (const f of FIELDS) out[f].set(d[f], at);
      at += d.ids.length;
      return;
    }
    for (const j of pick) {
      for (const f of FIELDS) out[f][at] = d[f][j];
      at++;
    }
  });
  return out;
}

/** Log columns one after another (the digested log, then the packed history of imports). */
export function joinLogColumns(parts: readonly Omit<LogColumns, 'length'>[]): LogColumns {
  const out = emptyLogColumns(parts.reduce((n, p) => n + p.reviewedAt.length, 0));
  let at = 0;
  for (const part of parts) {
    for (const f of FIELDS) out[f].set(part[f], at);
    at += part.reviewedAt.length;
  }
  return out;
}
