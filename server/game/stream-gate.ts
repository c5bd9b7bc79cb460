// Caps on this process's event streams, which each hold a socket (a file descriptor) for hours:
// - per token (a host screen or a player): at most `perToken`; a new stream replaces the oldest;
// - per address: at most `perIp`, refused with 429;
// - in all: at most `total`, set below the process's descriptor limit, refused with 503.
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

interface Entry extends StreamTicket {
  ip: string;
  owner: string;
  /** Ends the stream (it was replaced by a newer one for the same token). */
  close: () => void;
}

export class StreamGate {
  private byOwner = new Map<string, Entry[]>();
  private byIp = new Map<string, number>();
  private count = 0;
  private refusedCount = 0;

  constructor(private readonly limits: StreamLimits) {}

  /**
   * Claims a slot for a stream of `owner` (e.g. "player:<id>") from `ip`, closing that owner's
   * oldest streams past the cap first. Throws 429 or 503 when the address or the server is full.
   */
  claim(owner: string, ip: string, close: () => void): StreamTicket {
    for (let mine = this.byOwner.get(owner) ?? []; mine.length >= this.limits.perToken; mine = this.byOwner.get(owner) ?? []) {
      const oldest = mine[0] as Entry;
      oldest.release();
      oldest.close();
    }
    if ((this.byIp.get(ip) ?? 0) >= this.limits.perIp) {
      this.refusedCount++;
      throw new HttpError(429, 'too many open event streams from this address; close some tabs or wait', { retryAfter: 30 });
    }
    if (this.count >= this.limits.total) {
      this.refusedCount++;
      throw new HttpError(503, 'this server has too many open event streams; try again in a minute', { retryAfter: 30 });
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
    this.byIp.set(ip, (this.byIp.get(ip) ?? 0) + 1);
    this.count++;
    return entry;
  }

  private forget(entry: Entry): void {
    const left = (this.byOwner.get(entry.owner) ?? []).filter((e) => e !== entry);
    if (left.length === 0) this.byOwner.delete(entry.owner);
    else this.byOwner.set(entry.owner, left);
    const perIp = (this.byIp.get(entry.ip) ?? 1) - 1;
    if (perIp <= 0) this.byIp.delete(entry.ip);
    else this.byIp.set(entry.ip, perIp);
    this.count--;
  }

  stats(): { open: number; refused: number; addresses: number } {
    return { open: this.count, refused: this.refusedCount, addresses: this.byIp.size };
  }
}
