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
export * from './quiz-misses';
export * from './reads';
export * from './session-queue';
export * from './extra-new';
export * from './custom-study';
export * from './optimizer-store';
export * from './upgrade-cards';
