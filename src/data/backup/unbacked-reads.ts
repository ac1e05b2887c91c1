import { above, type Reads } from '../reads';
import { entryTableNames } from '../schema';

// What the backup reminder counts (Today's backup card): index counts only, no record read.

export type UnbackedEntries = { count: number; oldest: string | undefined };

/**
 * Records changed since `since` (all when undefined) across every entry table, and the oldest
 * change: counted on each table's updatedAt index (schema version 3), so no record is read.
 */
export async function readUnbackedEntries(
  reads: Reads,
  since: string | undefined,
): Promise<UnbackedEntries> {
  const changed = since === undefined ? undefined : above(since);
  const perTable = await Promise.all(
    entryTableNames.map(async (table) => ({
      // Without a backup every record counts, even one missing updatedAt (not in the index).
      count: await (changed ? reads.count(table, 'updatedAt', changed) : reads.count(table)),
      oldest: (await reads.firstKey(table, 'updatedAt', changed)) as string | undefined,
    })),
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
}
