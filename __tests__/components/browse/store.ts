// The app's own database on fake-indexeddb, filled by DbProvider from a small bundle served by a
// fake fetch, and emptied between tests so each starts from a first run.
import { act } from '@testing-library/react';

import { getDb } from '@/lib/db';
import type { DeckBundle } from '@/lib/decks';

import { BASIC, CHOICE, CLOZE, TYPED } from '../../decks/fixtures';
import { bundleOf } from '../../db/helpers';

export const SAMPLE_BUNDLE = bundleOf(BASIC, CHOICE, CLOZE, TYPED);

export function serveBundle(bundle: DeckBundle = SAMPLE_BUNDLE): void {
  global.fetch = jest.fn(async () => ({ ok: true, status: 200, json: async () => bundle }) as Response);
}

export async function emptyStore(): Promise<void> {
  await act(async () => {
    const db = getDb();
    const tables = [db.decks, db.cards, db.cardPacks, db.cardStates, db.reviewLogs, db.settings];
    await db.transaction('rw', tables, () => Promise.all(tables.map((t) => t.clear())));
  });
}
