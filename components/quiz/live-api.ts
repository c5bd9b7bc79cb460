// The browser side of the live-game API (server/README.md): JSON POSTs with a bearer token, and
// Server-Sent Events (EventSource reconnects with Last-Event-ID by itself).

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export async function postJson<T>(path: string, body: unknown, token?: string): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body ?? {}),
    });
  } catch {
    throw new ApiError('The live quiz server cannot be reached (offline, or this copy is served without it).', 0);
  }
  const type = res.headers.get('content-type') ?? '';
  if (!type.includes('application/json')) {
    throw new ApiError('The live quiz server cannot be reached (this copy of the app is served without it).', res.status);
  }
  const data = (await res.json()) as T & { error?: string };
  if (!res.ok) throw new ApiError(data.error ?? `request failed (${res.status})`, res.status);
  return data;
}

export type Listener = (data: Record<string, unknown>) => void;

/** Subscribes to named events; returns the close function. */
export function subscribe(url: string, events: Record<string, Listener>, onConnection?: (open: boolean) => void): () => void {
  const source = new EventSource(url);
  for (const [name, fn] of Object.entries(events)) {
    source.addEventListener(name, (e) => fn(JSON.parse((e as MessageEvent<string>).data) as Record<string, unknown>));
  }
  source.onopen = () => onConnection?.(true);
  source.onerror = () => onConnection?.(false);
  return () => source.close();
}
