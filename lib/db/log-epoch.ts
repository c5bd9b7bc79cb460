// The review log's epoch: a value in `settings` that changes whenever a log row is deleted (an undo,
// a deleted imported deck, a restore), in the deleting transaction itself. Rows are otherwise only
// added, under ids that only grow, so while the epoch stays what it was when the statistics' digest
// was made, the digest is the log's first rows and only ids above its last can be new: checking it
// needs the log's last key, not a count of every row (log-digest.ts).
//
// A DBCore middleware every CardsDB uses sets it, so no deleter can forget: a transaction that deletes
// log rows must include `settings` in its scope, or the delete fails with a message saying so.
import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';

import type { CardsDB } from './schema';

/** The log's epoch, changed by every deletion of log rows. */
export const LOG_EPOCH_KEY = 'logEpoch';
/** The epoch the stored digest was checked against. */
export const DIGEST_EPOCH_KEY = 'logDigestEpoch';

export class LogDeleteScopeError extends Error {
  constructor() {
    super('Review log rows can only be deleted in a transaction that includes the settings table (the log epoch).');
    this.name = 'LogDeleteScopeError';
  }
}

/** A value no earlier epoch had. */
const nextEpoch = (): string => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

function scopeHas(trans: unknown, store: string): boolean {
  const names = (trans as Partial<IDBTransaction>).objectStoreNames;
  return names !== undefined && names.contains(store);
}

export const logEpochOnDelete: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'logEpochOnDelete',
  create: (down) => ({
    ...down,
    table(name: string): DBCoreTable {
      const table = down.table(name);
      if (name !== 'reviewLogs') return table;
      return {
        ...table,
        async mutate(req: DBCoreMutateRequest) {
          if (req.type !== 'deleteRange' && (req.type !== 'delete' || req.keys.length === 0)) return table.mutate(req);
          if (!scopeHas(req.trans, 'settings')) throw new LogDeleteScopeError();
          const [result] = await Promise.all([
            table.mutate(req),
            down.table('settings').mutate({ type: 'put', trans: req.trans, values: [{ key: LOG_EPOCH_KEY, value: nextEpoch() }] }),
          ]);
          return result;
        },
      };
    },
  }),
};

/** An epoch as stored (null: never set). Call inside a transaction that includes `settings`. */
export async function readEpoch(db: CardsDB, key: typeof LOG_EPOCH_KEY | typeof DIGEST_EPOCH_KEY): Promise<unknown> {
  return (await db.settings.get(key))?.value ?? null;
}
