// The server-wide budget for live games: at most `maxGames` games and `maxBytes` of game content.
// A game is charged its questions' JSON size plus a fixed reserve for its players and event log,
// until its expiry; a create that does not fit is refused with 503 and Retry-After.
import type { GameRecord } from './store';

export interface BudgetLimits {
  maxGames: number;
  maxBytes: number;
}

export type Admission = { ok: true } | { ok: false; reason: 'games' | 'bytes'; retryAfterMs: number };

export interface GameBudget {
  /** Reserves room for a new game until `expiresAt`, or says when room may free up. */
  admit(gameId: string, bytes: number, expiresAt: number, now: number): Promise<Admission>;
  /** Cheap check before a create request's body is even read: could a game of `bytes` fit? */
  check(bytes: number, now: number): Promise<Admission>;
  /** The game's expiry moved (its first player joined, or it reached the podium). */
  setExpiry(gameId: string, expiresAt: number): Promise<void>;
  release(gameId: string): Promise<void>;
  usage(now: number): Promise<{ games: number; bytes: number }>;
}

/** Per game, on top of its questions: players (≤ 200), departed players, the event log's share. */
export const GAME_RESERVE_BYTES = 32 * 1024;
/** Retry-After never says more than this: games often end (and free room) before they expire. */
const MAX_RETRY_MS = 10 * 60_000;

/**
 * What a create request of `contentLength` bytes may cost at most: its questions cannot be bigger
 * than the request that carried them. Checked before the body is read, so that a full server
 * refuses big requests without parsing them.
 */
export function requestBytes(contentLength: number | undefined, bodyLimit: number): number {
  return Math.min(contentLength ?? bodyLimit, bodyLimit) + GAME_RESERVE_BYTES;
}

export function gameBytes(record: GameRecord): number {
  return Buffer.byteLength(JSON.stringify(record.quiz.questions)) + GAME_RESERVE_BYTES;
}

/** A challenge keeps every player's answer to every question: this much per answer, on top. */
export const CHALLENGE_ANSWER_BYTES = 160;

export function challengeBytes(record: GameRecord): number {
  return gameBytes(record) + record.quiz.questions.length * record.quiz.settings.maxPlayers * CHALLENGE_ANSWER_BYTES;
}

export function retryAfterMs(earliestExpiry: number | undefined, now: number): number {
  return Math.min(MAX_RETRY_MS, Math.max(1000, (earliestExpiry ?? now) - now));
}

export class MemoryBudget implements GameBudget {
  private games = new Map<string, { bytes: number; expiresAt: number }>();
  private total = 0;

  constructor(private readonly limits: BudgetLimits) {}

  async admit(gameId: string, bytes: number, expiresAt: number, now: number): Promise<Admission> {
    const verdict = this.verdict(bytes, now);
    if (verdict.ok) {
      this.games.set(gameId, { bytes, expiresAt });
      this.total += bytes;
    }
    return verdict;
  }

  async check(bytes: number, now: number): Promise<Admission> {
    return this.verdict(bytes, now);
  }

  async setExpiry(gameId: string, expiresAt: number): Promise<void> {
    const entry = this.games.get(gameId);
    if (entry !== undefined) entry.expiresAt = expiresAt;
  }

  async release(gameId: string): Promise<void> {
    const entry = this.games.get(gameId);
    if (entry === undefined) return;
    this.games.delete(gameId);
    this.total -= entry.bytes;
  }

  async usage(now: number): Promise<{ games: number; bytes: number }> {
    this.prune(now);
    return { games: this.games.size, bytes: this.total };
  }

  private verdict(bytes: number, now: number): Admission {
    this.prune(now);
    const reason = this.games.size >= this.limits.maxGames ? 'games' : this.total + bytes > this.limits.maxBytes ? 'bytes' : undefined;
    if (reason === undefined) return { ok: true };
    let earliest: number | undefined;
    for (const g of this.games.values()) earliest = earliest === undefined ? g.expiresAt : Math.min(earliest, g.expiresAt);
    return { ok: false, reason, retryAfterMs: retryAfterMs(earliest, now) };
  }

  private prune(now: number): void {
    for (const [id, g] of this.games) {
      if (g.expiresAt > now) continue;
      this.games.delete(id);
      this.total -= g.bytes;
    }
  }
}
