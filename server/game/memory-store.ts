// Games in this process's memory: the default, with nothing to set up.
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

interface Entry {
  record: GameRecord;
  log: StoredEvent[];
  listeners: Set<GameListener>;
  tokens: Set<string>;
}

export class MemoryStore implements GameStore {
  readonly kind = 'memory' as const;
  private games = new Map<string, Entry>();
  private codes = new Map<string, string>();
  private tokens = new Map<string, TokenBinding>();

  async reserveCode(code: string, gameId: string): Promise<boolean> {
    if (this.codes.has(code)) return false;
    this.codes.set(code, gameId);
    return true;
  }

  async gameIdForCode(code: string): Promise<string | undefined> {
    return this.codes.get(code);
  }

  async create(record: GameRecord): Promise<void> {
    this.games.set(record.id, { record, log: [], listeners: new Set(), tokens: new Set() });
  }

  async get(gameId: string): Promise<GameRecord | undefined> {
    return this.games.get(gameId)?.record;
  }

  async update<T>(gameId: string, mutate: (record: GameRecord) => Mutation<T>): Promise<UpdateResult<T> | undefined> {
    const entry = this.games.get(gameId);
    if (entry === undefined) return undefined;
    const out = mutate(entry.record);
    const events: StoredEvent[] = (out.events ?? []).map((event, i) => ({ id: entry.record.seq + i + 1, event }));
    if (out.record !== undefined || events.length > 0) {
      entry.record = { ...(out.record ?? entry.record), seq: entry.record.seq + events.length };
    }
    if (events.length > 0) {
      entry.log.push(...events);
      if (entry.log.length > EVENT_LOG_LIMIT) entry.log.splice(0, entry.log.length - EVENT_LOG_LIMIT);
      for (const listener of entry.listeners) listener(events);
    }
    return { value: out.value, record: entry.record, events };
  }

  async eventsAfter(gameId: string, afterId: number): Promise<StoredEvent[] | undefined> {
    const entry = this.games.get(gameId);
    if (entry === undefined) return undefined;
    const oldest = entry.log[0]?.id ?? entry.record.seq + 1;
    if (afterId < oldest - 1 || afterId > entry.record.seq) return undefined;
    return entry.log.filter((e) => e.id > afterId);
  }

  async subscribe(gameId: string, listener: GameListener): Promise<() => void> {
    const entry = this.games.get(gameId);
    entry?.listeners.add(listener);
    return () => {
      entry?.listeners.delete(listener);
    };
  }

  async bindToken(tokenHash: string, binding: TokenBinding): Promise<void> {
    this.tokens.set(tokenHash, binding);
    this.games.get(binding.gameId)?.tokens.add(tokenHash);
  }

  async lookupToken(tokenHash: string): Promise<TokenBinding | undefined> {
    return this.tokens.get(tokenHash);
  }

  async acquireDriver(): Promise<boolean> {
    return true;
  }

  async delete(gameId: string): Promise<void> {
    const entry = this.games.get(gameId);
    if (entry === undefined) return;
    this.games.delete(gameId);
    if (this.codes.get(entry.record.code) === gameId) this.codes.delete(entry.record.code);
    for (const hash of entry.tokens) this.tokens.delete(hash);
    entry.listeners.clear();
  }

  async exists(gameId: string): Promise<boolean> {
    return this.games.has(gameId);
  }

  async expired(now: number): Promise<string[]> {
    return [...this.games.values()].filter((e) => e.record.expiresAt <= now).map((e) => e.record.id);
  }

  async close(): Promise<void> {
    this.games.clear();
    this.codes.clear();
    this.tokens.clear();
  }

  /** For tests and the load bench: how many games are held. */
  size(): number {
    return this.games.size;
  }
}
