export * from './triggers';
export * from './trigger-diary';
export * from './trigger-tally';
export * from './trigger-verdict';
export * from './trigger-wording';
export * from './patterns';
