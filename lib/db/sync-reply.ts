// What the deck-sync worker is asked, and what it answers; errors cross the thread as plain data.

export interface SyncRequest {
  now: number;
}

export type SyncReply = { ok: true } | { ok: false; quota: boolean; message: string };

/** The worker's failure as an Error again, named so isQuotaError still recognises a full disk. */
export function replyError(reply: Extract<SyncReply, { ok: false }>): Error {
  const error = new Error(reply.message);
  if (reply.quota) error.name = 'QuotaExceededError';
  return error;
}
