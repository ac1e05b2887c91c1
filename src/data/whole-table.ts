import type { z } from 'zod/mini';
import { db } from './db';
import type { TableName } from './reads';
import type { ReadResult } from './repository';
import { storedRows } from './stored-rows';

/**
 * Every record of `table` not deleted, in `order`: for the screens that legitimately use the whole
 * diary (Patterns). Read by primary key and sorted here, not through an index: inside a live query,
 * Dexie notes every primary key an index read returned, one insertion at a time in a range tree,
 * to know which writes concern it (about 25 ms of the Patterns tap with ten years); over the
 * primary key it notes one range (docs/performance.md, taps on the slower machine).
 */
export async function readWholeTable<T>(
  table: TableName,
  schema: z.ZodMiniType<T>,
  order: (a: T, b: T) => number,
): Promise<ReadResult<T>> {
  const rows = await db.table<{ deletedAt?: unknown }>(table).toArray();
  const read = storedRows(
    schema,
    rows.filter((row) => row.deletedAt === undefined),
  );
  read.records.sort(order);
  return read;
}
