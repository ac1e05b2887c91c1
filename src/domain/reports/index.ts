export * from './clinician-report';
export * from './csv-exports';
