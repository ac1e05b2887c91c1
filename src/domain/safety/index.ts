export * from './red-flags';
export * from './screening';
export * from './screening-history';
export * from './emergency-number';
