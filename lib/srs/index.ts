export * from './defaults';
export * from './format-interval';
export * from './fsrs-adapter';
export * from './queue';
export * from './steps';
export * from './study-day';
export * from './types';
export * from './weights';
