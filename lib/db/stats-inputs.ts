// The statistics' input kept between visits to the screen. Reading it (the log's digest, the counts
// and the cards with a schedule) is most of the screen's time; when nothing it is read from has been
// written since, the same input gives the same figures, so coming back to Stats costs only the
// counting, done with the current time and settings (read afresh each time). "Nothing written" is the
// page's count of writes to the input (stats-watch.ts), sent with each request, being unchanged.
import type { LogColumns } from '@/lib/insight/columns';
import type { StatsInput } from '@/lib/insight/stats';

import type { CardsDB } from './schema';
import { readCardSource, readLogColumns } from './stats-source';

export interface StatsReads {
  logs: Promise<LogColumns>;
  cards: Promise<Pick<StatsInput, 'cards' | 'counted'>>;
}

/** Starts reading one deck's input (every deck's for null): the log first, then the cards. */
export function readStatsInput(db: CardsDB, deckId: string | null): StatsReads {
  const logs = readLogColumns(db, deckId);
  const cards = readCardSource(db, deckId);
  return { logs, cards };
}

/**
 * The input as read under one count of writes, per deck. A request with another count (or none: the
 * page was not watching yet) drops what was kept and reads again; a read that failed is not kept. A
 * read started under a count is kept under it: a write that commits during the read raises the count,
 * so the next request reads again.
 */
export class StatsInputCache {
  private writes: number | null = null;
  private readonly byDeck = new Map<string | null, StatsReads>();

  read(db: CardsDB, deckId: string | null, writes: number | null): StatsReads {
    if (writes === null || writes !== this.writes) {
      this.byDeck.clear();
      this.writes = writes;
    }
    const kept = writes === null ? undefined : this.byDeck.get(deckId);
    if (kept) return kept;
    const reads = readStatsInput(db, deckId);
    if (writes !== null) {
      this.byDeck.set(deckId, reads);
      const forget = () => {
        if (this.byDeck.get(deckId) === reads) this.byDeck.delete(deckId);
      };
      reads.logs.catch(forget);
      reads.cards.catch(forget);
    }
    return reads;
  }
}
