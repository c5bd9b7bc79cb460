// When the game store (Redis) does not answer: one error type, a 503 for the client, and a way
// to hold a request until the store is back.
import { ReplyError } from 'ioredis';

export const STORE_UNAVAILABLE_MESSAGE = 'the game server cannot reach its store right now; try again in a few seconds';

/** The store timed out or is disconnected. Not a bug: the client is told to retry. */
export class StoreUnavailableError extends Error {
  readonly statusCode = 503;
  readonly retryAfterSeconds = 2;

  constructor(readonly cause?: unknown) {
    super(STORE_UNAVAILABLE_MESSAGE);
  }
}

export function isStoreUnavailable(error: unknown): error is StoreUnavailableError {
  return error instanceof StoreUnavailableError;
}

/**
 * Runs a store call and turns connection trouble (command timeout, connection closed, retries
 * exhausted) into StoreUnavailableError. An error reply from Redis (a script bug, a wrong type)
 * is passed on as it is: that is a bug, not an outage.
 */
export async function guardStore<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof ReplyError || error instanceof StoreUnavailableError) throw error;
    throw new StoreUnavailableError(error);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Retries `call` while the store is unavailable, for at most `holdMs`, then lets the last
 * StoreUnavailableError through. Any other outcome (success or a refusal) returns at once.
 */
export async function holdThroughOutage<T>(call: () => Promise<T>, holdMs: number, now: () => number, retryMs = 150): Promise<T> {
  const until = now() + holdMs;
  for (;;) {
    try {
      return await call();
    } catch (error) {
      if (!isStoreUnavailable(error) || now() + retryMs > until) throw error;
      await sleep(retryMs);
    }
  }
}
