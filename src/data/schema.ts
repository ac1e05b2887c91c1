import { addRevisions20261206 } from './migrations/add-revisions';
import { inferOwnedEquipment20261206 } from './migrations/infer-owned-equipment';
import { dropStoredLevels20261206 } from './migrations/drop-stored-levels';

/** The one IndexedDB database of the app. */
export const DATABASE_NAME = 'steadyback';

/**
 * Every Dexie schema version that ever shipped, oldest first. Never edit or delete an entry once it
 * has shipped: add a new version with a named, dated upgrade in ./migrations and a fixture test.
 *
 * Index notes: episodes by startedAt (history, recurrence), activityId (filters); check-ins by day
 * (unique: one per day) and by every activity done (multi-entry); sessions by day; sets by session.
 * IndexedDB leaves a record out of an index when the indexed field is missing: the deletedAt
 * index holds only deleted records, the endedAt index only spasms that have ended.
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

const version3Stores = {
  episodes: 'id, startedAt, activityId, deletedAt, endedAt, updatedAt',
  activities: 'id, name, updatedAt',
  checkins: 'id, &day, *activityIds, deletedAt, updatedAt',
  medications: 'id, startedOn, updatedAt',
  plans: 'id, updatedAt',
  sessions: 'id, day, updatedAt',
  exerciseSets: 'id, sessionId, exerciseId, updatedAt',
  screenings: 'id, takenAt, updatedAt',
  beliefs: 'id, createdAt, updatedAt',
  experiments: 'id, plannedFor, updatedAt',
  outcomes: 'id, &weekOf, updatedAt',
  settings: 'id',
  planChanges: 'id, day, weekOf, updatedAt, [kind+day]',
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
  {
    // Indexes for the screens' hot paths with years of data, so none reads a whole table:
    // updatedAt everywhere but settings (the backup reminder counts changes since the last backup),
    // episodes by endedAt (spasms still going are those missing from it), check-ins by deletedAt
    // (live counts), plan changes by [kind+day] (the latest weekly review). Indexes only: no record
    // changes, so no upgrade function; schema-v3.test.ts opens a version-2 database holding records.
    version: 3,
    shippedOn: '2026-11-26',
    stores: version3Stores,
  },
  {
    // Every record carries a revision, raised by each save, so a save based on an older copy
    // (another tab's) is refused instead of overwriting it. No index changes; the upgrade gives
    // every stored record revision 1. schema-v4.test.ts opens a version-3 database holding records.
    version: 4,
    shippedOn: '2026-12-06',
    stores: version3Stores,
    upgrade: addRevisions20261206,
  },
  {
    // The weights a person owns (docs/domain.md §5b rule 5): no new index, but every stored plan
    // gets `owned`, inferred from what it already uses (schema-v5.test.ts holds the fixture).
    version: 5,
    shippedOn: '2026-12-06',
    stores: version3Stores,
    upgrade: inferOwnedEquipment20261206,
  },
  {
    // Exercises are stored by id only: plans and sets lose the rung number they copied from the
    // library, read by id from now on (schema-v6.test.ts holds the fixture). No index changes.
    version: 6,
    shippedOn: '2026-12-06',
    stores: version3Stores,
    upgrade: dropStoredLevels20261206,
  },
] as const;

export const latestSchemaVersion = Math.max(...schemaVersions.map((v) => v.version));

/** The tables and indexes of the latest version, in Dexie's notation. */
export const latestStores = version3Stores;

/**
 * The tables whose records are the person's entries (every table but settings), from the latest
 * schema: the backup reminder counts their changes without importing every record schema.
 */
export const entryTableNames = (Object.keys(latestStores) as (keyof typeof latestStores)[]).filter(
  (name) => name !== 'settings',
);
