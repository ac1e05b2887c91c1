import type { entryTableNames } from './schema';

/**
 * The few read operations the hot-path queries need (Today's above all), as an interface with two
 * implementations: Dexie (./dexie-reads, which live queries observe) and the browser's IndexedDB
 * API directly (./indexeddb-reads, for Today's first read before Dexie has even downloaded: see
 * scripts/check-size.mjs). Each query is written once against this interface, so both ways of
 * reading always agree (reads.property.test.ts checks the two implementations against each other).
 *
 * Like IndexedDB itself, a read through an index leaves out records missing the indexed field.
 */
export type Reads = {
  /** One record by primary key; undefined when missing. */
  get(table: TableName, key: string): Promise<unknown>;
  /** Records by primary key, in the order asked; undefined where missing. */
  getMany(table: TableName, keys: string[]): Promise<unknown[]>;
  /** Every record, or those of an index (in its order), within `range` when given. */
  all(table: TableName, index?: string, range?: KeyRange): Promise<unknown[]>;
  /** The records whose `index` key is any of `keys`. */
  allOf(table: TableName, index: string, keys: IDBValidKey[]): Promise<unknown[]>;
  /** How many records, or how many in an index (within `range`): nothing is read. */
  count(table: TableName, index?: string, range?: KeyRange): Promise<number>;
  /** Primary keys, of every record or in an index's order: no record is read. */
  primaryKeys(table: TableName, index?: string, range?: KeyRange): Promise<string[]>;
  /** The lowest `index` key (within `range`); undefined when there is none. */
  firstKey(table: TableName, index: string, range?: KeyRange): Promise<IDBValidKey | undefined>;
  /**
   * The first record that `accept` takes, walking `index` up ('next') or down ('prev'): it stops
   * there, so only the records it walked past are read.
   */
  find(
    table: TableName,
    index: string,
    direction: 'next' | 'prev',
    accept: (row: unknown) => boolean,
    range?: KeyRange,
  ): Promise<unknown>;
};

export type TableName = (typeof entryTableNames)[number] | 'settings';

/** A range of index keys; a missing bound is open-ended. */
export type KeyRange = {
  lower?: IDBValidKey;
  upper?: IDBValidKey;
  /** Leave out the bound itself (both bounds are included by default). */
  lowerOpen?: boolean;
  upperOpen?: boolean;
};

export const only = (key: IDBValidKey): KeyRange => ({ lower: key, upper: key });
export const atLeast = (key: IDBValidKey): KeyRange => ({ lower: key });
export const above = (key: IDBValidKey): KeyRange => ({ lower: key, lowerOpen: true });
export const between = (lower: IDBValidKey, upper: IDBValidKey): KeyRange => ({ lower, upper });
/** Every compound key that starts with `prefix` ([prefix] sorts first; an array after any key). */
export const startingWith = (prefix: IDBValidKey): KeyRange => ({
  lower: [prefix],
  upper: [prefix, []],
});

/**
 * Whether `range` holds no key at all: crossed bounds, or equal bounds with one left out. Both
 * implementations answer such a range with nothing (IDBKeyRange.bound, and Dexie, would throw).
 */
export function holdsNoKey(range: KeyRange | undefined): boolean {
  if (range?.lower === undefined || range.upper === undefined) return false;
  const order = indexedDB.cmp(range.lower, range.upper);
  return order > 0 || (order === 0 && (range.lowerOpen === true || range.upperOpen === true));
}

/** The reads of a database that does not exist yet: nothing anywhere. */
export const emptyReads: Reads = {
  get: () => Promise.resolve(undefined),
  getMany: (_table, keys) => Promise.resolve(keys.map(() => undefined)),
  all: () => Promise.resolve([]),
  allOf: () => Promise.resolve([]),
  count: () => Promise.resolve(0),
  primaryKeys: () => Promise.resolve([]),
  firstKey: () => Promise.resolve(undefined),
  find: () => Promise.resolve(undefined),
};
