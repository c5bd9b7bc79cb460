// Server-Sent Event streams of this process, one store subscription per game.
// A stream starts with a replay of the events after Last-Event-ID, or a snapshot when the
// log no longer reaches back that far; each event is filtered for its audience.
import type { ServerResponse } from 'node:http';

import { eventForHost, eventForPlayer, hostSnapshot, playerSnapshot, type HostEvent, type PlayerEvent, type WireEvent } from '@/lib/quiz';

import type { GameRecord, GameStore, StoredEvent } from './store';

export type Audience = { role: 'host' } | { role: 'player'; playerId: string };

interface Stream {
  audience: Audience;
  raw: ServerResponse;
  lastId: number;
  /** Events that arrived while the stream was replaying. */
  pending: StoredEvent[] | null;
}

interface GameStreams {
  streams: Set<Stream>;
  unsubscribe: () => void;
  /** Settles once the store subscription is live. */
  ready: Promise<void>;
}

const MAX_BUFFERED_BYTES = 1024 * 1024;

export type PresenceListener = (gameId: string, audience: Audience, connected: boolean) => void;

export class SseHub {
  private games = new Map<string, GameStreams>();
  private heartbeat: NodeJS.Timeout;

  constructor(
    private readonly store: GameStore,
    private readonly onPresence: PresenceListener,
    heartbeatMs: number,
  ) {
    this.heartbeat = setInterval(() => this.ping(), heartbeatMs);
    this.heartbeat.unref();
  }

  async open(gameId: string, audience: Audience, raw: ServerResponse, lastEventId: number | undefined): Promise<void> {
    const stream: Stream = { audience, raw, lastId: 0, pending: [] };
    const game = await this.gameStreams(gameId);
    game.streams.add(stream);
    raw.on('close', () => this.remove(gameId, stream));
    raw.write('retry: 2000\n\n');

    const replay = lastEventId === undefined ? undefined : await this.store.eventsAfter(gameId, lastEventId);
    if (replay !== undefined && lastEventId !== undefined) {
      stream.lastId = lastEventId;
      this.deliver(stream, replay);
    } else {
      const record = await this.store.get(gameId);
      if (record === undefined) {
        this.send(stream, { id: 0, name: 'expired', data: {} });
        raw.end();
        return;
      }
      this.send(stream, { id: record.seq, ...snapshotFor(record, audience) });
      stream.lastId = record.seq;
    }
    const pending = stream.pending ?? [];
    stream.pending = null;
    this.deliver(stream, pending);
    if (game.streams.has(stream) && !raw.destroyed && !raw.writableEnded) this.onPresence(gameId, audience, true);
  }

  /** Ends every stream of a game (it expired or was deleted). */
  closeGame(gameId: string): void {
    const game = this.games.get(gameId);
    if (game === undefined) return;
    for (const stream of game.streams) {
      this.send(stream, { id: stream.lastId, name: 'expired', data: {} });
      stream.raw.end();
    }
    game.unsubscribe();
    this.games.delete(gameId);
  }

  gameIds(): string[] {
    return [...this.games.keys()];
  }

  closeAll(): void {
    clearInterval(this.heartbeat);
    for (const id of [...this.games.keys()]) this.closeGame(id);
  }

  private async gameStreams(gameId: string): Promise<GameStreams> {
    const existing = this.games.get(gameId);
    if (existing !== undefined) {
      await existing.ready;
      return existing;
    }
    const game: GameStreams = { streams: new Set(), unsubscribe: () => undefined, ready: Promise.resolve() };
    this.games.set(gameId, game);
    game.ready = this.store
      .subscribe(gameId, (events) => {
        for (const stream of game.streams) {
          if (stream.pending !== null) stream.pending.push(...events);
          else this.deliver(stream, events);
        }
      })
      .then((unsubscribe) => {
        if (this.games.get(gameId) === game) game.unsubscribe = unsubscribe;
        else unsubscribe();
      });
    await game.ready;
    return game;
  }

  private remove(gameId: string, stream: Stream): void {
    const game = this.games.get(gameId);
    if (game === undefined || !game.streams.delete(stream)) return;
    const { audience } = stream;
    const stillThere = [...game.streams].some((s) => sameAudience(s.audience, audience));
    if (!stillThere) this.onPresence(gameId, audience, false);
    if (game.streams.size === 0) {
      game.unsubscribe();
      this.games.delete(gameId);
    }
  }

  private deliver(stream: Stream, events: StoredEvent[]): void {
    for (const stored of events) {
      if (stored.id <= stream.lastId || stream.raw.writableEnded) continue;
      stream.lastId = stored.id;
      const wire = stream.audience.role === 'host' ? eventForHost(stored.event) : eventForPlayer(stored.event, stream.audience.playerId);
      if (wire === null) continue;
      this.send(stream, { id: stored.id, ...wire });
      if (wire.name === 'removed') stream.raw.end();
    }
  }

  private send(stream: Stream, event: WireEvent & { id: number }): void {
    if (stream.raw.writableEnded || stream.raw.destroyed) return;
    if (stream.raw.writableLength > MAX_BUFFERED_BYTES) {
      stream.raw.destroy();
      return;
    }
    stream.raw.write(sseFrame(event, event.id));
  }

  private ping(): void {
    for (const game of this.games.values()) {
      for (const stream of game.streams) if (!stream.raw.writableEnded) stream.raw.write(': ping\n\n');
    }
  }
}

function sameAudience(a: Audience, b: Audience): boolean {
  return a.role === b.role && (a.role === 'host' || (b.role === 'player' && a.playerId === b.playerId));
}

function snapshotFor(record: GameRecord, audience: Audience): HostEvent | PlayerEvent {
  if (audience.role === 'host') {
    return { name: 'snapshot', data: { gameId: record.id, code: record.code, seq: record.seq, ...hostSnapshot(record.quiz) } };
  }
  return { name: 'snapshot', data: { gameId: record.id, seq: record.seq, ...playerSnapshot(record.quiz, audience.playerId) } };
}

/** One event as the stream carries it; an event without `id` (a stream's last word) moves no client's Last-Event-ID. */
export function sseFrame(event: WireEvent, id?: number): string {
  return `${id === undefined ? '' : `id: ${id}\n`}event: ${event.name}\ndata: ${JSON.stringify(event.data)}\n\n`;
}
