export * from './backup-format';
export * from './backup-merge';
export * from './backup-reminder';
export * from './backup-tables';
export * from './backup-checks';
export * from './backup-progress';
