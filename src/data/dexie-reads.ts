import { Dexie, type Collection, type IndexableType } from 'dexie';
import { db } from './db';
import { holdsNoKey, type KeyRange, type Reads, type TableName } from './reads';

/** A Dexie collection over a table, or over an index within `range`. */
function collection(table: TableName, index?: string, range?: KeyRange): Collection {
  const records = db.table(table);
  if (index === undefined) return records.toCollection();
  if (!range) return records.orderBy(index);
  if (holdsNoKey(range)) return records.where(index).anyOf([]);
  return records
    .where(index)
    .between(
      range.lower ?? Dexie.minKey,
      range.upper ?? Dexie.maxKey,
      !(range.lowerOpen ?? false),
      !(range.upperOpen ?? false),
    );
}

/**
 * The Reads through Dexie: inside db.transaction they share it, inside liveQuery they are
 * observed, so a live query re-runs when a record it read (or could have read) changes.
 */
export const dexieReads: Reads = {
  get: (table, key) => db.table(table).get(key),
  getMany: (table, keys) => db.table(table).bulkGet(keys),
  all: (table, index, range) => collection(table, index, range).toArray(),
  allOf: (table, index, keys) =>
    db
      .table(table)
      .where(index)
      .anyOf(keys as IndexableType[])
      .toArray(),
  count: (table, index, range) => collection(table, index, range).count(),
  primaryKeys: async (table, index, range) =>
    (await collection(table, index, range).primaryKeys()) as string[],
  firstKey: async (table, index, range) =>
    (await collection(table, index, range).limit(1).keys())[0] as IDBValidKey | undefined,
  find: (table, index, direction, accept, range) => {
    const walk = collection(table, index, range);
    return (direction === 'prev' ? walk.reverse() : walk).filter(accept).first();
  },
};
