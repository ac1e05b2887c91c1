export * from './episode-draft';
export * from './episode-draft-activities';
export * from './episode-draft-edit';
