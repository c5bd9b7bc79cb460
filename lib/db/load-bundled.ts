// First run and app updates: fetch the compiled decks shipped with this version and sync them in.
import type { DeckBundle } from '@/lib/decks';

import { bundledVersion, syncBundle, type SyncReport } from './deck-sync';
import type { CardsDB } from './schema';

export const BUNDLE_URL = '/decks/bundle.json';

export async function loadBundledDecks(
  db: CardsDB,
  now: number,
  fetcher: (url: string) => Promise<Response> = (url) => fetch(url),
): Promise<SyncReport | null> {
  const res = await fetcher(BUNDLE_URL);
  if (!res.ok) throw new Error(`Could not load the decks (HTTP ${res.status}).`);
  const bundle = (await res.json()) as DeckBundle;
  if (!bundle || typeof bundle.version !== 'string' || !Array.isArray(bundle.decks)) {
    throw new Error('The bundled decks are damaged; reload the app to fetch them again.');
  }
  if ((await bundledVersion(db)) === bundle.version) return null;
  return syncBundle(db, bundle, now);
}
