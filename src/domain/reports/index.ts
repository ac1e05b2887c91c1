export * from './clinician-report';
export * from './csv-exports';
export * from './trigger-csv';
