// Custom study's "more new cards today": extra new cards on top of the daily limits, for one deck or
// for Study all, kept in one settings row that holds only the current study day (a new day drops it).
import type { CardsDB } from './schema';

export const EXTRA_NEW_KEY = 'extra-new-today';

export interface ExtraNew {
  /** The study day (its start) these extras belong to. */
  day: number;
  /** Added to the overall limit (Study all). */
  all: number;
  /** Added to each deck's own limit. */
  decks: Record<string, number>;
}

export async function readExtraNew(db: CardsDB, dayStart: number): Promise<ExtraNew> {
  const row = (await db.settings.get(EXTRA_NEW_KEY))?.value as ExtraNew | undefined;
  return row && row.day === dayStart ? row : { day: dayStart, all: 0, decks: {} };
}

/** Adds `count` new cards to today's limit of a deck, or of Study all (deckId null). */
export async function addExtraNew(db: CardsDB, dayStart: number, deckId: string | null, count: number): Promise<ExtraNew> {
  return db.transaction('rw', db.settings, async () => {
    const extra = await readExtraNew(db, dayStart);
    const next: ExtraNew =
      deckId === null
        ? { ...extra, all: extra.all + count }
        : { ...extra, decks: { ...extra.decks, [deckId]: (extra.decks[deckId] ?? 0) + count } };
    await db.settings.put({ key: EXTRA_NEW_KEY, value: next });
    return next;
  });
}
