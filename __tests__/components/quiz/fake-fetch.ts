// A fetch stand-in for component tests (jsdom has no fetch or Response): routes by method and
// path to canned JSON replies, and records every request.
export interface FakeReply {
  status: number;
  body: unknown;
}

export type Route = (body: unknown, init: RequestInit) => FakeReply;

export interface FakeFetch {
  calls: { method: string; path: string; body: unknown; headers: Record<string, string> }[];
  routes: Map<string, Route>;
}

export function installFakeFetch(routes: Record<string, Route> = {}): FakeFetch {
  const fake: FakeFetch = { calls: [], routes: new Map(Object.entries(routes)) };
  global.fetch = jest.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const method = init.method ?? 'GET';
    const path = String(input);
    const body = typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    fake.calls.push({ method, path, body, headers: (init.headers ?? {}) as Record<string, string> });
    const route = fake.routes.get(`${method} ${path.split('?')[0]}`);
    const reply = route ? route(body, init) : { status: 404, body: { error: 'not found' } };
    return {
      ok: reply.status >= 200 && reply.status < 300,
      status: reply.status,
      headers: { get: (name: string) => (name.toLowerCase() === 'content-type' ? 'application/json' : null) },
      json: async () => reply.body,
    } as unknown as Response;
  }) as typeof fetch;
  return fake;
}
