// Coalesces presence changes (a stream opened or closed) per host screen or player: the first
// change goes out at once, then nothing more for `intervalMs`; at the end of that quiet time the
// latest state goes out if it differs from what was sent. A stream flapping thousands of times
// costs the game at most two presence commands a second, and the host screen as many events.
import type { Audience } from './sse-hub';
import { isStoreUnavailable } from './store-errors';

type Send = (gameId: string, audience: Audience, connected: boolean) => Promise<void>;

interface Entry {
  gameId: string;
  audience: Audience;
  /** The latest state reported by the streams. */
  connected: boolean;
  /** The state last applied to the game, undefined when sending failed. */
  sent: boolean | undefined;
  timer: NodeJS.Timeout | undefined;
}

export class PresenceCoalescer {
  private entries = new Map<string, Entry>();

  constructor(
    private readonly send: Send,
    private readonly intervalMs: number,
  ) {}

  report(gameId: string, audience: Audience, connected: boolean): void {
    const key = `${gameId}|${audience.role === 'host' ? 'host' : audience.playerId}`;
    const entry = this.entries.get(key);
    if (entry !== undefined) {
      entry.connected = connected;
      return;
    }
    const fresh: Entry = { gameId, audience, connected, sent: undefined, timer: undefined };
    this.entries.set(key, fresh);
    this.flush(key, fresh);
  }

  stop(): void {
    for (const entry of this.entries.values()) clearTimeout(entry.timer);
    this.entries.clear();
  }

  private flush(key: string, entry: Entry): void {
    clearTimeout(entry.timer);
    const state = entry.connected;
    entry.sent = state;
    this.send(entry.gameId, entry.audience, state).catch((error: unknown) => {
      // The store is unreachable: try again after the pause. (A game or player that is gone
      // refuses the command; there is nothing to retry then.)
      if (isStoreUnavailable(error) && entry.sent === state) entry.sent = undefined;
    });
    entry.timer = setTimeout(() => {
      if (this.entries.get(key) !== entry) return;
      if (entry.sent === entry.connected) this.entries.delete(key);
      else this.flush(key, entry);
    }, this.intervalMs);
    entry.timer.unref();
  }
}
