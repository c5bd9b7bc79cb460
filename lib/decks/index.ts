export * from './answers';
export * from './compile-decks';
export * from './releases';
export * from './sources';
export * from './types';
export * from './versions';
