import { useLiveQuery } from 'dexie-react-hooks';
import { db } from './db';
import { systemClock } from './clock';
import { entryTableNames } from './schema';
import { saveSettings } from './settings-queries';

export type UnbackedEntries = { count: number; oldest: string | undefined };

/**
 * Records changed since `since` (all when undefined) across every entry table, and the oldest
 * change: counted on each table's updatedAt index (schema version 3), so no record is read.
 */
export async function readUnbackedEntries(since: string | undefined): Promise<UnbackedEntries> {
  const tables = entryTableNames.map((name) => db.table(name));
  return db.transaction('r', tables, async () => {
    const perTable = await Promise.all(
      tables.map(async (table) => {
        const changed =
          since === undefined ? table.orderBy('updatedAt') : table.where('updatedAt').above(since);
        // Without a backup every record counts, even one missing updatedAt (not in the index).
        const count = since === undefined ? await table.count() : await changed.count();
        const [oldest] = (await changed.limit(1).keys()) as string[];
        return { count, oldest };
      }),
    );
    let count = 0;
    let oldest: string | undefined;
    for (const table of perTable) {
      count += table.count;
      if (table.oldest !== undefined && (oldest === undefined || table.oldest < oldest)) {
        oldest = table.oldest;
      }
    }
    return { count, oldest };
  });
}

/** readUnbackedEntries, live. */
export function useUnbackedEntries(since: string | undefined) {
  return useLiveQuery(() => readUnbackedEntries(since), [since]);
}

/** Remembers that a backup file was just made. */
export function recordBackupMade(now = systemClock().now) {
  return saveSettings({ lastBackupAt: now });
}
