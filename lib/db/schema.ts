// The app's IndexedDB database. One Dexie class owns every table; nothing else opens IndexedDB.
// DO NOT CHANGE A VERSION'S STORES: add a new version with an upgrade function, and a test that
// opens a database written by the previous version.
import { Dexie, type Table } from 'dexie';

import type { ImportedLogRow } from './imported-log';
import type { LogDigestRow } from './log-digest';
import { PREFS_KEY, withDefaults, type Prefs } from './prefs';
import { logEpochOnDelete } from './log-epoch';
import { statsWriteStart } from './stats-watch';
import type { CardPackRow, CardRow, CardStateRow, DeckRow, MediaRow, QuizReportRow, ReviewLogRow, SettingRow } from './rows';
import { placeForLine } from './study-line';

export const DB_NAME = 'containerd-cards';

/** Version 1 as first shipped, kept so the migration test can write a real v1 database. */
export const STORES_V1 = {
  decks: 'id, order',
  cards: 'id, deckId',
  cardStates: 'cardId, deckId, [deckId+queue+due]',
  reviewLogs: '++id, cardId, reviewedAt',
  settings: 'key',
};

/** Version 2: per-deck log index for today's counts; cards can be retired when a deck drops them. */
export const STORES_V2 = {
  ...STORES_V1,
  cards: 'id, deckId, retired',
  reviewLogs: '++id, cardId, reviewedAt, [deckId+reviewedAt]',
};

/** Version 3: the host's quiz reports. */
export const STORES_V3 = {
  ...STORES_V2,
  quizReports: '++id, createdAt',
};

/** Version 4: the review log digested for the statistics (a cache checked on every read, see log-digest.ts). */
export const STORES_V4 = {
  ...STORES_V3,
  logDigests: 'chunk',
};

/** Version 5: decks marked by origin (bundled or imported), and the images of imported decks. */
export const STORES_V5 = {
  ...STORES_V4,
  decks: 'id, order, origin',
  media: 'name, *decks',
};

/**
 * Version 7 (6 was never shipped): cards that do not hold for the learner's containerd line leave the
 * queues (study-line.ts); `[queue+due]` counts the reviews due on each day across decks, for the load balancer.
 */
export const STORES_V7 = {
  ...STORES_V5,
  cardStates: 'cardId, deckId, [deckId+queue+due], [queue+due]',
};

/**
 * Version 8: the review history an import brings, packed many answers to a row (imported-log.ts), so
 * a 200,000-answer Anki history is written in under a second instead of a minute.
 */
export const STORES_V8 = {
  ...STORES_V7,
  importedLogs: '++id, deckId',
};

/**
 * Version 9: two indexes no query needs, dropped so an import writes two index entries less per card
 * (each costs Chromium about as much as a small row): `cardStates.deckId`, whose ranges the deckId
 * prefix of `[deckId+queue+due]` gives (deck-states.ts), and `cards.retired`, read only by the upgrade
 * session, which filters instead.
 */
export const STORES_V9 = {
  ...STORES_V8,
  cards: 'id, deckId',
  cardStates: 'cardId, [deckId+queue+due], [queue+due]',
};

/**
 * Version 11: an imported deck's cards packed many to a row (card-rows.ts): IndexedDB's cost is per row
 * written, so a 50,000-card import writes under a thousand rows instead of 50,000. The `cardIds` index
 * (one entry per card) finds the pack that holds a card. Cards written as rows before stay rows.
 */
export const STORES_V11 = {
  ...STORES_V9,
  cardPacks: 'id, deckId, *cardIds',
};

export class CardsDB extends Dexie {
  decks!: Table<DeckRow, string>;
  cards!: Table<CardRow, string>;
  cardPacks!: Table<CardPackRow, string>;
  cardStates!: Table<CardStateRow, string>;
  reviewLogs!: Table<ReviewLogRow, number>;
  settings!: Table<SettingRow, string>;
  quizReports!: Table<QuizReportRow, number>;
  logDigests!: Table<LogDigestRow, number>;
  media!: Table<MediaRow, string>;
  importedLogs!: Table<ImportedLogRow, number>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    // Relaxed durability: a commit is reported once the OS has the data, not after an fsync. An
    // answer lost to a power cut is re-answered; a 10 ms fsync on every tap is felt on a phone.
    super(name, { chromeTransactionDurability: 'relaxed', ...options });
    this.version(1).stores(STORES_V1);
    this.version(2)
      .stores(STORES_V2)
      .upgrade(async (tx) => {
        await tx
          .table('cards')
          .toCollection()
          .modify((card: Partial<CardRow>) => {
            if (card.retired === undefined) card.retired = 0;
          });
        await tx
          .table('cardStates')
          .toCollection()
          .modify((row: Partial<CardStateRow>) => {
            if (row.rev === undefined) row.rev = 0;
            if (row.flag === undefined) row.flag = 0;
          });
      });
    // A new, empty table: nothing to migrate.
    this.version(3).stores(STORES_V3);
    // A new, empty cache: the first statistics read fills it from the log.
    this.version(4).stores(STORES_V4);
    // Every deck before version 5 came with the app.
    this.version(5)
      .stores(STORES_V5)
      .upgrade(async (tx) => {
        await tx
          .table('decks')
          .toCollection()
          .modify((deck: Partial<DeckRow>) => {
            deck.origin ??= 'bundled';
          });
      });
    this.version(7)
      .stores(STORES_V7)
      .upgrade(async (tx) => {
        const prefs = withDefaults((await tx.table('settings').get(PREFS_KEY))?.value as Partial<Prefs> | undefined);
        const cards = new Map(((await tx.table('cards').toArray()) as CardRow[]).map((c) => [c.id, c]));
        await tx
          .table('cardStates')
          .toCollection()
          .modify((row: CardStateRow, ref: { value: CardStateRow }) => {
            const card = cards.get(row.cardId);
            if (card) ref.value = placeForLine(row, card, prefs.studyLine);
          });
      });
    // A new, empty table: history imported before version 8 stays in reviewLogs, where every reader still looks.
    this.version(8).stores(STORES_V8);
    // Only indexes dropped: every row stays as it is.
    this.version(9).stores(STORES_V9);
    // The statistics' digest is checked against the log's epoch from now on (log-epoch.ts): one made
    // before, when a deletion left no epoch behind, is dropped and made again on the next read.
    this.version(10)
      .stores(STORES_V9)
      .upgrade(async (tx) => {
        await tx.table('logDigests').clear();
      });
    // A new, empty table: cards written as rows stay rows, and every reader (card-rows.ts) reads both.
    this.version(11).stores(STORES_V11);
    // Writes to the statistics' input are counted as their transactions open, not only as they commit.
    this.use(statsWriteStart);
    // Every deletion of log rows changes the log's epoch in the same transaction.
    this.use(logEpochOnDelete);
  }
}

let shared: CardsDB | undefined;

/** The browser's database, opened lazily. */
export function getDb(): CardsDB {
  shared ??= new CardsDB();
  return shared;
}
