import type * as z from 'zod/mini';
import { activitySchema } from '../episodes';
import { beliefSchema, experimentSchema } from '../guide';
import { checkinSchema } from '../episodes';
import { episodeSchema } from '../episodes';
import { medicationSchema } from '../medications';
import { outcomeSchema } from '../guide';
import { planSchema } from '../plan';
import { planChangeSchema } from '../plan';
import { screeningSchema } from '../safety';
import { exerciseSetSchema, sessionSchema } from '../plan';
import { settingsSchema } from '../settings';

/**
 * Every kind of stored record, by its table name, with the words a person reads for one and many
 * and the schema a backup's records must pass. Adding a table means adding it here, so backups
 * can never silently leave a kind of record out.
 */
export const backupTables = {
  episodes: { one: 'spasm', many: 'spasms', schema: episodeSchema },
  activities: {
    one: 'activity of your own',
    many: 'activities of your own',
    schema: activitySchema,
  },
  // One check-in per day and one rating per week: the database's unique indexes.
  checkins: { one: 'check-in', many: 'check-ins', schema: checkinSchema, unique: 'day' },
  medications: { one: 'medication', many: 'medications', schema: medicationSchema },
  plans: { one: 'exercise plan', many: 'exercise plans', schema: planSchema },
  // Older backups (before schema version 2) have no plan changes: a missing table reads as empty.
  planChanges: { one: 'plan change', many: 'plan changes', schema: planChangeSchema },
  sessions: { one: 'exercise session', many: 'exercise sessions', schema: sessionSchema },
  exerciseSets: { one: 'exercise set', many: 'exercise sets', schema: exerciseSetSchema },
  screenings: { one: 'safety check', many: 'safety checks', schema: screeningSchema },
  beliefs: { one: 'journal entry', many: 'journal entries', schema: beliefSchema },
  experiments: { one: 'experiment', many: 'experiments', schema: experimentSchema },
  outcomes: {
    one: 'weekly rating',
    many: 'weekly ratings',
    schema: outcomeSchema,
    unique: 'weekOf',
  },
  settings: { one: 'settings record', many: 'settings records', schema: settingsSchema },
} as const;

export type BackupTableName = keyof typeof backupTables;

/** The field a table keeps unique besides its id ('day' for check-ins), if any. */
export function uniqueFieldOf(name: BackupTableName): string | undefined {
  const table = backupTables[name];
  return 'unique' in table ? table.unique : undefined;
}
export const backupTableNames = Object.keys(backupTables) as BackupTableName[];

/** The records of each table, typed by its schema. */
export type BackupData = {
  [K in BackupTableName]: z.infer<(typeof backupTables)[K]['schema']>[];
};

/** Every table with no records. */
export function emptyBackupData(): BackupData {
  return Object.fromEntries(backupTableNames.map((name) => [name, []])) as unknown as BackupData;
}
