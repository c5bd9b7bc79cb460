// A test SSE client over node:http: keeps every byte received and the parsed events.
import http from 'node:http';

export interface SseEvent {
  id: string | undefined;
  event: string;
  data: unknown;
  /** Date.now() when the event's last byte arrived. */
  receivedAt: number;
}

export class SseClient {
  raw = '';
  events: SseEvent[] = [];
  status = 0;
  headers: http.IncomingHttpHeaders = {};
  private buffer = '';
  private request: http.ClientRequest | undefined;
  private waiters: Array<() => void> = [];
  ended = false;

  /** `from`: a loopback address to connect from (one client of many). */
  static open(base: string, path: string, headers: Record<string, string> = {}, from?: string): Promise<SseClient> {
    const client = new SseClient();
    return client.connect(base, path, headers, from).then(() => client);
  }

  private connect(base: string, path: string, headers: Record<string, string>, from: string | undefined): Promise<void> {
    const url = new URL(base);
    const local = from === undefined ? {} : { localAddress: from };
    return new Promise((resolve, reject) => {
      this.request = http.get(
        { host: url.hostname, port: url.port, path, headers: { accept: 'text/event-stream', ...headers }, agent: false, ...local },
        (res) => {
          this.status = res.statusCode ?? 0;
          this.headers = res.headers;
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => this.receive(chunk));
          res.on('end', () => {
            this.ended = true;
            this.notify();
          });
          res.on('error', () => undefined);
          resolve();
        },
      );
      this.request.on('error', reject);
    });
  }

  private receive(chunk: string): void {
    this.raw += chunk;
    this.buffer += chunk;
    let cut: number;
    while ((cut = this.buffer.indexOf('\n\n')) >= 0) {
      const block = this.buffer.slice(0, cut);
      this.buffer = this.buffer.slice(cut + 2);
      let id: string | undefined;
      let event = 'message';
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) continue;
        const [field, ...rest] = line.split(':');
        const value = rest.join(':').replace(/^ /, '');
        if (field === 'id') id = value;
        else if (field === 'event') event = value;
        else if (field === 'data') data.push(value);
      }
      if (data.length > 0) this.events.push({ id, event, data: JSON.parse(data.join('\n')), receivedAt: Date.now() });
    }
    this.notify();
  }

  private notify(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  lastId(): string | undefined {
    return this.events.findLast((e) => e.id !== undefined)?.id;
  }

  named(name: string): SseEvent[] {
    return this.events.filter((e) => e.event === name);
  }

  /** Resolves with the first event (from index `from`) the predicate accepts. */
  async waitFor(name: string, predicate: (data: never) => boolean = () => true, timeoutMs = 8000, from = 0): Promise<SseEvent> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.events.slice(from).find((e) => e.event === name && predicate(e.data as never));
      if (found !== undefined) return found;
      if (this.ended) throw new Error(`stream ended before ${name}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${name}; got ${this.events.map((e) => e.event).join(',')}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  close(): void {
    this.request?.destroy();
  }
}
