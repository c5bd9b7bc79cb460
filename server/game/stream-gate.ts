// Caps on this process's event streams, which each hold a socket (a file descriptor) for hours:
// - per token (a host screen or a player): at most `perToken`; a new stream replaces the oldest;
// - per address: at most `perIp`, refused with 429;
// - in all: at most `total`, set below the process's descriptor limit. When the server is full, a
//   stream from an address holding few streams takes the place of the oldest stream of the address
//   holding the most (when that one holds at least two more), so addresses that flood the server
//   cannot keep a real player's phone out; otherwise it is refused with 503.
// Streams are counted per process: descriptors are a per-process resource.
import { HttpError } from './http-error';

export interface StreamLimits {
  perToken: number;
  perIp: number;
  total: number;
}

export interface StreamTicket {
  /** Gives the slot back; safe to call more than once. */
  release(): void;
}

/** Why the gate ends a stream: a newer one of the same token, or a fairer share of a full server. */
export type StreamCloseReason = 'replaced' | 'evicted';

interface Entry extends StreamTicket {
  ip: string;
  owner: string;
  close: (reason: StreamCloseReason) => void;
}

export class StreamGate {
  private byOwner = new Map<string, Entry[]>();
  /** Each address's streams, oldest first. */
  private byIp = new Map<string, Entry[]>();
  private count = 0;
  private refusedCount = 0;
  private evictedCount = 0;

  constructor(private readonly limits: StreamLimits) {}

  /**
   * Claims a slot for a stream of `owner` (e.g. "player:<id>") from `ip`, closing that owner's
   * oldest streams past the cap first. Throws 429 or 503 when the address or the server is full.
   */
  claim(owner: string, ip: string, close: (reason: StreamCloseReason) => void): StreamTicket {
    for (let mine = this.byOwner.get(owner) ?? []; mine.length >= this.limits.perToken; mine = this.byOwner.get(owner) ?? []) {
      this.end(mine[0] as Entry, 'replaced');
    }
    const fromHere = this.byIp.get(ip)?.length ?? 0;
    if (fromHere >= this.limits.perIp) {
      this.refusedCount++;
      throw new HttpError(429, 'too many open event streams from this address; close some tabs or wait', { retryAfter: 30 });
    }
    if (this.count >= this.limits.total) {
      const heaviest = this.heaviestAddress();
      if (heaviest === undefined || heaviest.length < fromHere + 2) {
        this.refusedCount++;
        throw new HttpError(503, 'this server has too many open event streams; try again in a minute', { retryAfter: 30 });
      }
      this.evictedCount++;
      this.end(heaviest[0] as Entry, 'evicted');
    }
    let released = false;
    const entry: Entry = {
      ip,
      owner,
      close,
      release: () => {
        if (released) return;
        released = true;
        this.forget(entry);
      },
    };
    this.byOwner.set(owner, [...(this.byOwner.get(owner) ?? []), entry]);
    this.byIp.set(ip, [...(this.byIp.get(ip) ?? []), entry]);
    this.count++;
    return entry;
  }

  private end(entry: Entry, reason: StreamCloseReason): void {
    entry.release();
    entry.close(reason);
  }

  /** The streams of the address holding the most (a scan, only when the server is full). */
  private heaviestAddress(): Entry[] | undefined {
    let heaviest: Entry[] | undefined;
    for (const list of this.byIp.values()) if (heaviest === undefined || list.length > heaviest.length) heaviest = list;
    return heaviest;
  }

  private forget(entry: Entry): void {
    const without = (map: Map<string, Entry[]>, key: string) => {
      const left = (map.get(key) ?? []).filter((e) => e !== entry);
      if (left.length === 0) map.delete(key);
      else map.set(key, left);
    };
    without(this.byOwner, entry.owner);
    without(this.byIp, entry.ip);
    this.count--;
  }

  stats(): { open: number; refused: number; evicted: number; addresses: number } {
    return { open: this.count, refused: this.refusedCount, evicted: this.evictedCount, addresses: this.byIp.size };
  }
}
