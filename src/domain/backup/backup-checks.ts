import { formatCount } from '../common';
import { backupTableNames, backupTables, type BackupTableName } from './backup-tables';

/** How many offending records a refusal names before "and N more". */
const NAMED = 3;
/** A day is compared with the export's UTC day plus one: ahead of UTC, "today" can be tomorrow there. */
const DAY_FIELDS: Partial<Record<BackupTableName, readonly string[]>> = {
  checkins: ['day'],
  sessions: ['day'],
  planChanges: ['day'],
};
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/;
/** Clock skew between two devices: a minute, as everywhere else (docs/domain.md, time rules). */
const SKEW_MS = 60_000;

type Rows = readonly unknown[];
type Spot = { table: BackupTableName; position: number };

const listed = (items: readonly string[]): string => {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
};

/** "spasm number 4, check-in number 9 and 2 more" for the first few spots. */
function nameSpots(spots: readonly Spot[]): string {
  const named = spots
    .slice(0, NAMED)
    .map(({ table, position }) => `${backupTables[table].one} number ${formatCount(position)}`);
  const more = spots.length - named.length;
  return listed(more > 0 ? [...named, `${formatCount(more)} more`] : named);
}

/** Every instant text anywhere in `value` (records nest lists, such as re-ratings). */
function instantsIn(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string') {
    if (INSTANT.test(value)) found.push(value);
  } else if (Array.isArray(value)) for (const item of value) instantsIn(item, found);
  else if (typeof value === 'object' && value !== null)
    for (const item of Object.values(value)) instantsIn(item, found);
  return found;
}

const addOneDay = (day: string): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * The instant no record of a backup may be dated after: its export time, or `now` when the file
 * has none (older files) or claims one later than now.
 */
export function latestAllowed(exportedAt: string | undefined, now: string): string {
  if (exportedAt === undefined || !INSTANT.test(exportedAt)) return now;
  return Date.parse(exportedAt) < Date.parse(now) ? exportedAt : now;
}

/**
 * The refusal for records dated after `limit`, or undefined when none is. Every instant of every
 * record counts (when it started, was changed, deleted...), and the day of check-ins, sessions and
 * plan changes; a planned date (an experiment's) may be ahead and is not looked at.
 */
export function futureRecordsMessage(
  tables: Record<BackupTableName, Rows>,
  limit: string,
): string | undefined {
  const latest = Date.parse(limit) + SKEW_MS;
  const lastDay = addOneDay(limit.slice(0, 10));
  const spots: Spot[] = [];
  for (const table of backupTableNames) {
    const dayFields = DAY_FIELDS[table] ?? [];
    for (const [index, row] of tables[table].entries()) {
      const record = row as Record<string, unknown>;
      const late =
        instantsIn(record).some((instant) => Date.parse(instant) > latest) ||
        dayFields.some((field) => {
          const day = record[field];
          return typeof day === 'string' && day > lastDay;
        });
      if (late) spots.push({ table, position: index + 1 });
    }
  }
  if (spots.length === 0) return undefined;
  const count = spots.length === 1 ? 'a record' : `${formatCount(spots.length)} records`;
  return `Nothing was restored: this backup has ${count} dated after the backup was made (${nameSpots(spots)}), which the app never writes; the file may have been edited by hand or made on a device whose clock was wrong.`;
}

/** The refusal for two records of one kind sharing an id, or undefined when every id is unique. */
export function duplicateIdsMessage(tables: Record<BackupTableName, Rows>): string | undefined {
  const spots: Spot[] = [];
  for (const table of backupTableNames) {
    const seen = new Set<string>();
    for (const [index, row] of tables[table].entries()) {
      const id = String((row as { id?: unknown }).id);
      if (seen.has(id)) spots.push({ table, position: index + 1 });
      seen.add(id);
    }
  }
  if (spots.length === 0) return undefined;
  const count = spots.length === 1 ? 'a record' : `${formatCount(spots.length)} records`;
  return `Nothing was restored: this backup has ${count} listed twice under the same id (${nameSpots(spots)}), which the app never makes; the file may have been edited by hand.`;
}
