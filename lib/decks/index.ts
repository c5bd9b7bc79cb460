export * from './answers';
export * from './compile-decks';
export * from './deck-stats';
export * from './releases';
export * from './sources';
export * from './types';
export * from './versions';
