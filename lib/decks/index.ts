export * from './answers';
export * from './compile-decks';
export * from './sources';
export * from './types';
