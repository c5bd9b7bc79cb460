// The game store contract, kept by the memory store and the Redis store alike.
import type { QuizEvent, QuizState } from '@/lib/quiz';

export interface GameRecord {
  id: string;
  code: string;
  hostTokenHash: string;
  quiz: QuizState;
  /** Id of the last event; events are numbered 1, 2, 3… per game. */
  seq: number;
  createdAt: number;
  expiresAt: number;
}

export interface StoredEvent {
  id: number;
  event: QuizEvent;
}

export interface TokenBinding {
  gameId: string;
  playerId: string;
}

export interface Mutation<T> {
  /** The new record, or undefined to leave it as it was. */
  record?: GameRecord;
  events?: QuizEvent[];
  value: T;
}

export interface UpdateResult<T> {
  value: T;
  record: GameRecord;
  events: StoredEvent[];
}

export type GameListener = (events: StoredEvent[]) => void;

export const EVENT_LOG_LIMIT = 2000;

export interface GameStore {
  readonly kind: 'memory' | 'redis';
  /** Claims a join code for a game; false when another live game holds it. */
  reserveCode(code: string, gameId: string, ttlMs: number): Promise<boolean>;
  gameIdForCode(code: string): Promise<string | undefined>;
  create(record: GameRecord): Promise<void>;
  get(gameId: string): Promise<GameRecord | undefined>;
  /**
   * Atomic read-modify-write. `mutate` must be pure: the Redis store may run it again on a
   * fresher record when another process wrote first. Events get ids and reach subscribers in order.
   */
  update<T>(gameId: string, mutate: (record: GameRecord) => Mutation<T>): Promise<UpdateResult<T> | undefined>;
  /** Events with id > afterId, or undefined when the log no longer reaches back that far. */
  eventsAfter(gameId: string, afterId: number): Promise<StoredEvent[] | undefined>;
  subscribe(gameId: string, listener: GameListener): Promise<() => void>;
  bindToken(tokenHash: string, binding: TokenBinding, ttlMs: number): Promise<void>;
  lookupToken(tokenHash: string): Promise<TokenBinding | undefined>;
  /** Lease for driving a game's timers: true when `owner` holds it (now renewed). */
  acquireDriver(gameId: string, owner: string, ttlMs: number): Promise<boolean>;
  delete(gameId: string): Promise<void>;
  exists(gameId: string): Promise<boolean>;
  /** Ids of stored games whose expiresAt has passed (the Redis store lets keys expire instead). */
  expired(now: number): Promise<string[]>;
  close(): Promise<void>;
}
