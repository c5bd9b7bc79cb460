// Loopback HTTP for the abuse bench: every simulated client may send from its own 127.x.y.z
// address (Linux routes all of 127.0.0.0/8 to lo), the way phones on a LAN each have one.
import http from 'node:http';

export interface Reply {
  status: number;
  body: Record<string, unknown>;
  headers: http.IncomingHttpHeaders;
}

/** Loopback address number `n` (0-based) of block `block`: 127.<block>.<hi>.<lo>. */
export function address(block: number, n: number): string {
  return `127.${block}.${Math.floor(n / 250)}.${(n % 250) + 1}`;
}

export interface PostOptions {
  from?: string;
  token?: string;
  agent?: http.Agent;
  timeoutMs?: number;
}

export function post(base: string, path: string, body: unknown, opts: PostOptions = {}): Promise<Reply> {
  const payload = typeof body === 'string' ? body : JSON.stringify(body);
  const url = new URL(path, base);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        agent: opts.agent ?? false,
        ...(opts.from === undefined ? {} : { localAddress: opts.from }),
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          ...(opts.token === undefined ? {} : { authorization: `Bearer ${opts.token}` }),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => {
          let parsed: Record<string, unknown> = {};
          try {
            parsed = JSON.parse(text || '{}') as Record<string, unknown>;
          } catch {
            parsed = { error: text.slice(0, 200) };
          }
          resolve({ status: res.statusCode ?? 0, body: parsed, headers: res.headers });
        });
        res.on('error', reject);
      },
    );
    req.setTimeout(opts.timeoutMs ?? 60_000, () => req.destroy(new Error('request timed out')));
    req.on('error', reject);
    req.setNoDelay(true);
    req.end(payload);
  });
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

/** Runs `count` tasks, at most `width` at a time, and returns their results in order. */
export async function pool<T>(count: number, width: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const results = new Array<T>(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      results[i] = await task(i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, count) }, worker));
  return results;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
