// An error with the HTTP status and the reason the client gets as `{ error }`; a refusal that
// will pass by itself (429, 503) says when to come back in `Retry-After` (seconds).
export class HttpError extends Error {
  readonly retryAfter: number | undefined;
  /** A machine-readable name for a refusal, sent as `code` beside `error` (join refusals). */
  code?: string;

  constructor(
    readonly statusCode: number,
    message: string,
    options: { retryAfter?: number } = {},
  ) {
    super(message);
    this.retryAfter = options.retryAfter;
  }
}

const ENGINE_STATUS = { conflict: 409, forbidden: 403, 'not-found': 404, invalid: 400 } as const;

export function engineStatus(status: keyof typeof ENGINE_STATUS): number {
  return ENGINE_STATUS[status];
}
