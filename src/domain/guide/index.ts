export * from './belief';
export * from './belief-summary';
export * from './outcome';
export * from './outcome-change';
export * from './path-step';
export * from './ics';
