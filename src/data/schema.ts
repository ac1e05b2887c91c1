/**
 * Every Dexie schema version that ever shipped, oldest first. Never edit or delete an entry once it
 * has shipped: add a new version with a named, dated upgrade in ./migrations and a fixture test.
 *
 * Index notes: episodes by startedAt (history, recurrence), activityId (filters); check-ins by day
 * (unique: one per day) and by every activity done (multi-entry); sessions by day; sets by session.
 */
const version1Stores = {
  episodes: 'id, startedAt, activityId, deletedAt',
  activities: 'id, name',
  checkins: 'id, &day, *activityIds',
  medications: 'id, startedOn',
  plans: 'id',
  sessions: 'id, day',
  exerciseSets: 'id, sessionId, exerciseId',
  screenings: 'id, takenAt',
  beliefs: 'id, createdAt',
  experiments: 'id, plannedFor',
  outcomes: 'id, &weekOf',
  settings: 'id',
} as const;

export const schemaVersions = [
  { version: 1, shippedOn: '2026-11-25', stores: version1Stores },
  {
    // Adds the history of plan changes (weekly reviews, flare mode on and off by hand), by day
    // and week. A new table only: no existing record changes, so there is no upgrade function;
    // schema-v2.test.ts opens a version-1 database holding records and checks they are all kept.
    version: 2,
    shippedOn: '2026-11-25',
    stores: { ...version1Stores, planChanges: 'id, day, weekOf' },
  },
] as const;

export const latestSchemaVersion = Math.max(...schemaVersions.map((v) => v.version));
