// Games in Redis: a hash per game (record JSON and seq), a capped event list, pub/sub for events.
// Writes are optimistic: a Lua script commits only if seq is unchanged, and publishes in the same step.
import Redis from 'ioredis';

import type { Question } from '@/lib/quiz';

import { COMMIT, EVENTS_AFTER, RENEW_DRIVER } from './redis-scripts';
import { guardStore } from './store-errors';
import {
  EVENT_LOG_LIMIT,
  type GameListener,
  type GameRecord,
  type GameStore,
  type Mutation,
  type StoredEvent,
  type TokenBinding,
  type UpdateResult,
} from './store';

const MAX_ATTEMPTS = 50;
export const DEFAULT_COMMAND_TIMEOUT_MS = 2000;
const QUESTION_CACHE_GAMES = 500;

interface Pending {
  mutate: (record: GameRecord) => Mutation<unknown>;
  resolve: (result: UpdateResult<unknown> | undefined) => void;
  reject: (error: unknown) => void;
}

/** Questions never change after creation: they live in their own field and are cached per process. */
function pack(record: GameRecord): string {
  return JSON.stringify({ ...record, quiz: { ...record.quiz, questions: [] } });
}

type RedisWithScripts = Redis & {
  quizCommit(...args: (string | number)[]): Promise<number>;
  quizRenewDriver(key: string, owner: string, ttl: number): Promise<number>;
  quizEventsAfter(game: string, events: string, afterId: number): Promise<string[] | null>;
};

const gameKey = (id: string) => `quiz:{${id}}:game`;
const eventsKey = (id: string) => `quiz:{${id}}:events`;
const channel = (id: string) => `quiz:{${id}}:channel`;
const codeKey = (code: string) => `quiz:code:${code}`;
const tokenKey = (hash: string) => `quiz:token:${hash}`;
const driverKey = (id: string) => `quiz:{${id}}:driver`;

export class RedisStore implements GameStore {
  readonly kind = 'redis' as const;
  private redis: RedisWithScripts;
  private subscriber: Redis;
  private listeners = new Map<string, Set<GameListener>>();
  private subscribed = new Map<string, Promise<unknown>>();
  private queues = new Map<string, Pending[]>();
  private questions = new Map<string, Question[]>();
  /**
   * The last record read or written per game, with the JSON it was stored as: a stream opening reads
   * its game's record two or three times, and a flood of them would parse the same JSON thousands of
   * times. Records are never mutated (the engine returns new ones), so one copy can serve every reader.
   */
  private parsed = new Map<string, { json: string; record: GameRecord }>();

  /**
   * `commandTimeoutMs` bounds every command: a stalled Redis turns into StoreUnavailableError
   * (503 for the client) instead of a request that hangs.
   */
  constructor(url: string, commandTimeoutMs = DEFAULT_COMMAND_TIMEOUT_MS) {
    this.redis = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 2, commandTimeout: commandTimeoutMs }) as RedisWithScripts;
    this.redis.defineCommand('quizCommit', { numberOfKeys: 2, lua: COMMIT });
    this.redis.defineCommand('quizRenewDriver', { numberOfKeys: 1, lua: RENEW_DRIVER });
    this.redis.defineCommand('quizEventsAfter', { numberOfKeys: 2, lua: EVENTS_AFTER });
    this.subscriber = this.redis.duplicate();
    this.subscriber.on('message', (ch: string, message: string) => this.dispatch(ch, message));
  }

  /** The command connection, for the shared rate limits and game budget. */
  get client(): Redis {
    return this.redis;
  }

  /** Resolves once both connections answer, so a bad REDIS_URL fails at start-up. */
  async ready(): Promise<void> {
    await Promise.all([this.redis.ping(), this.subscriber.ping()]);
  }

  private dispatch(ch: string, message: string): void {
    const match = /^quiz:\{(.+)\}:channel$/.exec(ch);
    const listeners = match?.[1] === undefined ? undefined : this.listeners.get(match[1]);
    if (listeners === undefined) return;
    const events = JSON.parse(message) as StoredEvent[];
    for (const listener of listeners) listener(events);
  }

  async reserveCode(code: string, gameId: string, ttlMs: number): Promise<boolean> {
    return (await guardStore(() => this.redis.set(codeKey(code), gameId, 'PX', ttlMs, 'NX'))) === 'OK';
  }

  async gameIdForCode(code: string): Promise<string | undefined> {
    return (await guardStore(() => this.redis.get(codeKey(code)))) ?? undefined;
  }

  async create(record: GameRecord): Promise<void> {
    const ttl = Math.max(1, record.expiresAt - Date.now());
    const key = gameKey(record.id);
    await guardStore(() =>
      this.redis
        .multi()
        .hset(key, 'seq', String(record.seq), 'record', pack(record), 'questions', JSON.stringify(record.quiz.questions))
        .pexpire(key, ttl)
        .exec(),
    );
  }

  get(gameId: string): Promise<GameRecord | undefined> {
    return guardStore(async () => {
      const json = await this.redis.hget(gameKey(gameId), 'record');
      return json === null ? undefined : this.unpack(gameId, json);
    });
  }

  private async unpack(gameId: string, json: string): Promise<GameRecord | undefined> {
    const hit = this.parsed.get(gameId);
    if (hit !== undefined && hit.json === json) return hit.record;
    let questions = this.questions.get(gameId);
    if (questions === undefined) {
      const text = await this.redis.hget(gameKey(gameId), 'questions');
      if (text === null) return undefined;
      questions = JSON.parse(text) as Question[];
      if (this.questions.size >= QUESTION_CACHE_GAMES) this.questions.delete(this.questions.keys().next().value as string);
      this.questions.set(gameId, questions);
    }
    const record = JSON.parse(json) as GameRecord;
    return this.remember(gameId, json, { ...record, quiz: { ...record.quiz, questions } });
  }

  private remember(gameId: string, json: string, record: GameRecord): GameRecord {
    this.parsed.delete(gameId);
    if (this.parsed.size >= QUESTION_CACHE_GAMES) this.parsed.delete(this.parsed.keys().next().value as string);
    this.parsed.set(gameId, { json, record });
    return record;
  }

  private forgetGame(gameId: string): void {
    this.questions.delete(gameId);
    this.parsed.delete(gameId);
  }

  update<T>(gameId: string, mutate: (record: GameRecord) => Mutation<T>): Promise<UpdateResult<T> | undefined> {
    return new Promise((resolve, reject) => {
      const queue = this.queues.get(gameId);
      const pending = { mutate, resolve, reject } as Pending;
      if (queue !== undefined) {
        queue.push(pending);
        return;
      }
      this.queues.set(gameId, [pending]);
      void this.drain(gameId);
    });
  }

  /** Applies everything queued for a game in one read and one conditional write per round. */
  private async drain(gameId: string): Promise<void> {
    for (;;) {
      const batch = this.queues.get(gameId) ?? [];
      if (batch.length === 0) {
        this.queues.delete(gameId);
        return;
      }
      this.queues.set(gameId, []);
      try {
        const results = await guardStore(() => this.commitBatch(gameId, batch));
        batch.forEach((p, i) => p.resolve(results?.[i]));
      } catch (error) {
        for (const p of batch) p.reject(error);
      }
    }
  }

  private async commitBatch(gameId: string, batch: Pending[]): Promise<UpdateResult<unknown>[] | undefined> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const [seqText, json] = await this.redis.hmget(gameKey(gameId), 'seq', 'record');
      if (seqText === null || json === null) return undefined;
      const seq = Number(seqText);
      const current = await this.unpack(gameId, json);
      if (current === undefined) return undefined;
      let record = current;
      let changed = false;
      const stored: StoredEvent[] = [];
      const partial: Array<{ value: unknown; events: StoredEvent[] }> = [];
      for (const p of batch) {
        const out = p.mutate(record);
        if (out.record !== undefined) {
          record = out.record;
          changed = true;
        }
        const events = (out.events ?? []).map((event, i) => ({ id: seq + stored.length + i + 1, event }));
        stored.push(...events);
        partial.push({ value: out.value, events });
      }
      record = { ...record, seq: seq + stored.length };
      if (changed || stored.length > 0) {
        const ttl = Math.max(1, record.expiresAt - Date.now());
        const eventJson = stored.map((e) => JSON.stringify(e));
        const packed = pack(record);
        const ok = await this.redis.quizCommit(
          gameKey(gameId),
          eventsKey(gameId),
          String(seq),
          String(record.seq),
          packed,
          ttl,
          channel(gameId),
          EVENT_LOG_LIMIT,
          `[${eventJson.join(',')}]`,
          ...eventJson,
        );
        if (ok !== 1) continue;
        this.remember(gameId, packed, record);
      }
      return partial.map((r) => ({ ...r, record }));
    }
    throw new Error(`game ${gameId}: too much contention`);
  }

  async eventsAfter(gameId: string, afterId: number): Promise<StoredEvent[] | undefined> {
    const reply = await guardStore(() => this.redis.quizEventsAfter(gameKey(gameId), eventsKey(gameId), afterId));
    if (reply === null || reply.length === 0) return undefined;
    const [seqText, ...lines] = reply;
    const missing = Number(seqText) - afterId;
    if (missing < 0) return undefined;
    const events = lines.map((line) => JSON.parse(line) as StoredEvent);
    // Fewer entries than asked for: the capped log no longer reaches back to afterId.
    if (events.length !== missing || (missing > 0 && events[0]?.id !== afterId + 1)) return undefined;
    return events;
  }

  async subscribe(gameId: string, listener: GameListener): Promise<() => void> {
    let set = this.listeners.get(gameId);
    if (set === undefined) {
      set = new Set();
      this.listeners.set(gameId, set);
      this.subscribed.set(gameId, this.subscriber.subscribe(channel(gameId)));
    }
    set.add(listener);
    // Every caller waits for Redis to confirm, so no caller reads state before events can arrive.
    await guardStore(async () => this.subscribed.get(gameId)).catch((error: unknown) => {
      // Not subscribed after all: forget it so the next caller tries again.
      if (this.listeners.get(gameId) === set) {
        this.listeners.delete(gameId);
        this.subscribed.delete(gameId);
      }
      throw error;
    });
    return () => {
      const current = this.listeners.get(gameId);
      if (current === undefined) return;
      current.delete(listener);
      if (current.size === 0) {
        this.listeners.delete(gameId);
        this.subscribed.delete(gameId);
        void this.subscriber.unsubscribe(channel(gameId)).catch(() => undefined);
      }
    };
  }

  async bindToken(tokenHash: string, binding: TokenBinding, ttlMs: number): Promise<void> {
    await guardStore(() => this.redis.set(tokenKey(tokenHash), JSON.stringify(binding), 'PX', Math.max(1, ttlMs)));
  }

  async lookupToken(tokenHash: string): Promise<TokenBinding | undefined> {
    const json = await guardStore(() => this.redis.get(tokenKey(tokenHash)));
    return json === null ? undefined : (JSON.parse(json) as TokenBinding);
  }

  async acquireDriver(gameId: string, owner: string, ttlMs: number): Promise<boolean> {
    return (await guardStore(() => this.redis.quizRenewDriver(driverKey(gameId), owner, ttlMs))) === 1;
  }

  async delete(gameId: string): Promise<void> {
    const record = await this.get(gameId);
    const keys = [gameKey(gameId), eventsKey(gameId), driverKey(gameId)];
    if (record !== undefined && (await guardStore(() => this.redis.get(codeKey(record.code)))) === gameId) keys.push(codeKey(record.code));
    await guardStore(() => this.redis.del(...keys));
    this.forgetGame(gameId);
  }

  async expired(): Promise<string[]> {
    return [];
  }

  async exists(gameId: string): Promise<boolean> {
    const exists = (await guardStore(() => this.redis.exists(gameKey(gameId)))) === 1;
    if (!exists) this.forgetGame(gameId);
    return exists;
  }

  async close(): Promise<void> {
    this.listeners.clear();
    await Promise.allSettled([this.subscriber.quit(), this.redis.quit()]);
  }
}
