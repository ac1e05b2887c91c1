export * from './common';
export * from './validation';
export * from './time-rules';
export * from './day-number';
export * from './wilson';
export * from './csv';
export * from './local-time';
export * from './revision-merge';
