// The browser side of the live-game API (server/README.md): JSON POSTs with a bearer token, and
// Server-Sent Events. EventSource retries a dropped connection by itself with Last-Event-ID; when
// it gives up (an HTTP error, or the server was down when it retried), the stream opens a new one
// with ?lastEventId= so the server replays what was missed rather than starting over.

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    /** The refusal's machine-readable name, when the server sent one (join: lib/quiz/join-errors.ts). */
    readonly code?: string,
  ) {
    super(message);
  }
}

export const UNREACHABLE = 'The live quiz server cannot be reached (offline, or this copy of the app is served without it).';

export async function postJson<T>(path: string, body: unknown, token?: string): Promise<T> {
  return requestJson<T>(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body ?? {}),
  });
}

export function getJson<T>(path: string, token: string): Promise<T> {
  return requestJson<T>(path, { headers: { Authorization: `Bearer ${token}` }, cache: 'no-store' });
}

async function requestJson<T>(path: string, init: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, init);
  } catch {
    throw new ApiError(UNREACHABLE, 0);
  }
  // A static host answers /api/… with its 404 page or the app shell, not with our JSON.
  if (!(res.headers.get('content-type') ?? '').includes('application/json')) throw new ApiError(UNREACHABLE, res.status);
  const data = (await res.json()) as T & { error?: string; code?: unknown };
  if (!res.ok)
    throw new ApiError(data.error ?? `request failed (${res.status})`, res.status, typeof data.code === 'string' ? data.code : undefined);
  return data;
}

export type StreamStatus = 'open' | 'reconnecting' | 'gone';

export interface StreamOptions {
  /** Event names to listen for. */
  events: readonly string[];
  onEvent: (name: string, data: Record<string, unknown>, receivedAt: number) => void;
  onStatus?: (status: StreamStatus) => void;
  /** Events after which the server ends the stream for good. */
  terminal?: readonly string[];
  /** Asked before opening a new stream: false when the game or the token is gone. */
  stillValid?: () => Promise<boolean>;
}

const MAX_RETRY_MS = 15_000;

/** Opens the stream; returns the function that closes it. */
export function openStream(url: string, options: StreamOptions): () => void {
  let source: EventSource | null = null;
  let lastId = '';
  let closed = false;
  let delay = 1000;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const stop = () => {
    closed = true;
    clearTimeout(timer);
    source?.close();
  };

  const retry = async () => {
    if (closed) return;
    const valid = options.stillValid ? await options.stillValid().catch(() => true) : true;
    if (closed) return;
    if (!valid) {
      stop();
      options.onStatus?.('gone');
      return;
    }
    connect();
  };

  const connect = () => {
    const es = new EventSource(lastId ? `${url}${url.includes('?') ? '&' : '?'}lastEventId=${encodeURIComponent(lastId)}` : url);
    source = es;
    for (const name of options.events) {
      es.addEventListener(name, (e) => {
        const message = e as MessageEvent<string>;
        if (message.lastEventId) lastId = message.lastEventId;
        delay = 1000;
        options.onEvent(name, JSON.parse(message.data) as Record<string, unknown>, Date.now());
        if (options.terminal?.includes(name)) stop();
      });
    }
    es.onopen = () => options.onStatus?.('open');
    es.onerror = () => {
      if (closed) return;
      options.onStatus?.('reconnecting');
      if (es.readyState !== EventSource.CLOSED) return;
      timer = setTimeout(() => void retry(), delay);
      delay = Math.min(delay * 2, MAX_RETRY_MS);
    };
  };

  connect();
  return stop;
}
