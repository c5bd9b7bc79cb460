export * from './answer-card';
export * from './card-actions';
export * from './deck-sync';
export * from './prefs';
export * from './rows';
export * from './schema';
export * from './study-queue';
export * from './load-bundled';
/** Dexie's live query, re-exported so screens that load the store lazily get it from the same chunk. */
export { liveQuery } from 'dexie';
export * from './browse-queries';
export * from './quiz-reports';
export * from './reads';
export * from './imported-decks';
