import { Dexie, type Table } from 'dexie';
import type { Activity } from '../domain/episodes';
import type { Belief, Experiment } from '../domain/guide';
import type { Checkin } from '../domain/episodes';
import type { Episode } from '../domain/episodes';
import type { Medication } from '../domain/medications';
import type { Outcome } from '../domain/guide';
import type { Plan } from '../domain/plan';
import type { PlanChange } from '../domain/plan';
import type { Screening } from '../domain/safety';
import type { ExerciseSet, Session } from '../domain/plan';
import type { Settings } from '../domain/settings';
import { DATABASE_NAME, latestSchemaVersion, schemaVersions } from './schema';

/** The one IndexedDB database of the app. Only src/data imports this file (lint-enforced). */
export type SteadybackDb = Dexie & {
  episodes: Table<Episode, string>;
  activities: Table<Activity, string>;
  checkins: Table<Checkin, string>;
  medications: Table<Medication, string>;
  plans: Table<Plan, string>;
  sessions: Table<Session, string>;
  exerciseSets: Table<ExerciseSet, string>;
  screenings: Table<Screening, string>;
  beliefs: Table<Belief, string>;
  experiments: Table<Experiment, string>;
  outcomes: Table<Outcome, string>;
  settings: Table<Settings, string>;
  planChanges: Table<PlanChange, string>;
};

export { DATABASE_NAME };

/**
 * Opens (lazily, on first use) the database with every schema version declared; fixture tests pass
 * `upToVersion` to open it as an older release of the app did.
 */
export function createDb(name = DATABASE_NAME, upToVersion = latestSchemaVersion): SteadybackDb {
  const db = new Dexie(name) as SteadybackDb;
  for (const entry of schemaVersions) {
    if (entry.version > upToVersion) continue;
    const declared = db.version(entry.version).stores(entry.stores);
    if ('upgrade' in entry) declared.upgrade(entry.upgrade);
  }
  return db;
}

export const db = createDb();
