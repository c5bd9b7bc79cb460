// Anki's Custom Study as sessions over a fixed list of cards, chosen once when the session starts:
// review ahead (due in the next N days), the cards I forgot (rated Again today or this week), and
// preview/cram of a deck or a Browse search. Ahead and forgotten answers reschedule as usual (Anki's
// filtered decks do by default); a preview's answers are written nowhere.
import type { StudyLine } from '@/lib/decks/releases';
import { studyDayStart } from '@/lib/srs/study-day';

import { searchCards, type StatusFilter } from './browse-queries';
import { studyDaySettings, type Prefs } from './prefs';
import { Q } from './rows';
import type { CardsDB } from './schema';
import { sessionDecks } from './session-queue';
import { todayOf } from './study-queue';

export type CustomStudy =
  /** Reviews due after today and within the next `days` study days. */
  | { kind: 'ahead'; days: number; deckId: string | null }
  /** Cards rated Again since the start of the study day `days - 1` days ago (1: today, 7: this week). */
  | { kind: 'forgotten'; days: number; deckId: string | null }
  /**
   * Every card of a deck (or all), or of a Browse search, in deck order; nothing is written. With a
   * version, only the cards that hold for that containerd line (as Browse's version filter).
   */
  | { kind: 'preview'; deckId: string | null; text: string; status: StatusFilter; version?: StudyLine | null };

/** A preview's answers change no card and write no log. */
export const writesAnswers = (spec: CustomStudy): boolean => spec.kind !== 'preview';

const DAY_MS = 86_400_000;

/**
 * The start of the study day `days` days from the one starting at `dayStart` (negative: before). Half
 * a day into it is inside it whatever DST does to its length, and that day's start is the answer.
 */
const studyDaysFrom = (dayStart: number, days: number, prefs: Prefs): number =>
  studyDayStart(dayStart + days * DAY_MS + DAY_MS / 2, studyDaySettings(prefs));

/** The card ids of a custom study session, in the order it shows them. */
export async function customStudyCards(db: CardsDB, spec: CustomStudy, now: number, prefs: Prefs): Promise<string[]> {
  const today = await todayOf(db, now, prefs);
  const decks = await sessionDecks(db, spec.deckId ? [spec.deckId] : null);
  if (spec.kind === 'ahead') {
    const until = studyDaysFrom(today.end, spec.days, prefs);
    const perDeck = await Promise.all(
      decks.map((id) =>
        db.cardStates.where('[deckId+queue+due]').between([id, Q.review, today.end], [id, Q.review, until], true, false).toArray(),
      ),
    );
    return perDeck
      .flat()
      .sort((a, b) => a.due - b.due)
      .map((row) => row.cardId);
  }
  if (spec.kind === 'forgotten') {
    const since = studyDaysFrom(today.start, 1 - spec.days, prefs);
    const inScope = new Set(decks);
    const logs = await db.reviewLogs.where('reviewedAt').aboveOrEqual(since).toArray();
    const ids = [...new Set(logs.filter((l) => l.rating === 1 && inScope.has(l.deckId)).map((l) => l.cardId))];
    const states = await db.cardStates.bulkGet(ids);
    return ids.filter((_, i) => {
      const q = states[i]?.queue;
      return q !== undefined && q !== Q.suspended && q !== Q.retired;
    });
  }
  const { hits } = await searchCards(db, {
    text: spec.text,
    deckId: spec.deckId,
    status: spec.status,
    version: spec.version ?? null,
    showRetired: false,
    limit: Infinity,
  });
  return hits.map((h) => h.card.id);
}
