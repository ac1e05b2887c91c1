export * from './medication';
export * from './cramp-drugs';
export * from './medication-draft';
export * from './medication-effect';
export * from './medication-effect-text';
