import { holdsNoKey, type KeyRange, type Reads, type TableName } from './reads';
import { latestStores } from './schema';

// Reads through the browser's IndexedDB API, for Today's first read: this module and ./reads are
// about 1 kB, where Dexie is 29 kB gzipped, so Today shows its data before Dexie has downloaded.
// Dexie then takes over for live updates (./today-live). Never writes, never creates or upgrades
// the database: that stays Dexie's job, with its versioned schema and migrations.

const request = <T>(req: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    req.onsuccess = () => {
      resolve(req.result);
    };
    req.onerror = () => {
      reject(req.error ?? new Error('IndexedDB request failed'));
    };
  });

const EMPTY = 'empty';

const keyRange = (range: KeyRange | undefined): IDBKeyRange | typeof EMPTY | undefined => {
  if (!range) return undefined;
  const { lower, upper, lowerOpen = false, upperOpen = false } = range;
  if (holdsNoKey(range)) return EMPTY;
  if (lower !== undefined && upper !== undefined) {
    return IDBKeyRange.bound(lower, upper, lowerOpen, upperOpen);
  }
  if (lower !== undefined) return IDBKeyRange.lowerBound(lower, lowerOpen);
  if (upper !== undefined) return IDBKeyRange.upperBound(upper, upperOpen);
  return undefined;
};

/** The Reads of one read-only transaction (which must cover every table read). */
export function transactionReads(tx: IDBTransaction): Reads {
  const source = (table: TableName, index?: string): IDBObjectStore | IDBIndex => {
    const store = tx.objectStore(table);
    return index === undefined ? store : store.index(index);
  };
  const within = <T>(
    range: KeyRange | undefined,
    nothing: T,
    read: (keys: IDBKeyRange | undefined) => Promise<T>,
  ): Promise<T> => {
    const keys = keyRange(range);
    return keys === EMPTY ? Promise.resolve(nothing) : read(keys);
  };
  const walk = <C extends IDBCursor>(
    open: () => IDBRequest<C | null>,
    take: (cursor: C | null) => boolean,
  ) =>
    new Promise<C | null>((resolve, reject) => {
      const req = open();
      req.onsuccess = () => {
        const cursor = req.result;
        if (take(cursor)) resolve(cursor);
        else cursor?.continue();
      };
      req.onerror = () => {
        reject(req.error ?? new Error('IndexedDB request failed'));
      };
    });
  return {
    get: (table, key) => request(tx.objectStore(table).get(key)),
    getMany: (table, keys) =>
      Promise.all(keys.map((key) => request(tx.objectStore(table).get(key)))),
    all: (table, index, range) =>
      within(range, [], (keys) => request(source(table, index).getAll(keys))),
    // As Dexie's anyOf: each key once, in key order.
    allOf: async (table, index, keys) => {
      const unique = [...new Set(keys)].sort((a, b) => indexedDB.cmp(a, b));
      const rows = await Promise.all(
        unique.map((key) => request<unknown[]>(source(table, index).getAll(key))),
      );
      return rows.flat();
    },
    count: (table, index, range) =>
      within(range, 0, (keys) => request(source(table, index).count(keys))),
    primaryKeys: (table, index, range) =>
      within(
        range,
        [],
        async (keys) => (await request(source(table, index).getAllKeys(keys))) as string[],
      ),
    firstKey: (table, index, range) =>
      within(range, undefined, async (keys) => {
        const cursor = await walk(
          () => source(table, index).openKeyCursor(keys),
          () => true,
        );
        return cursor?.key;
      }),
    find: (table, index, direction, accept, range) =>
      within(range, undefined, async (keys) => {
        const cursor = await walk(
          () => source(table, index).openCursor(keys, direction),
          (at) => !at || accept(at.value),
        );
        return cursor?.value as unknown;
      }),
  };
}

/** Index names per table, from the schema's Dexie notation ('id, &day, *activityIds, [kind+day]'). */
const expectedIndexes = Object.entries(latestStores).map(([table, spec]) => ({
  table,
  indexes: spec
    .split(',')
    .slice(1)
    .map((part) => part.trim().replace(/^[&*]/, '')),
}));

/** Whether the stored database has every table and index of the latest schema. */
function isCurrent(database: IDBDatabase): boolean {
  const tables = expectedIndexes.map(({ table }) => table);
  if (!tables.every((table) => database.objectStoreNames.contains(table))) return false;
  const tx = database.transaction(tables, 'readonly');
  return expectedIndexes.every(({ table, indexes }) => {
    const names = tx.objectStore(table).indexNames;
    return indexes.every((index) => names.contains(index));
  });
}

/**
 * The stored database, opened at whatever version it is: 'none' when it does not exist yet (first
 * use: nothing is created, the upgrade that would create it is aborted), 'outdated' when it lacks
 * part of the latest schema (Dexie upgrades it on its first open), 'unavailable' when IndexedDB
 * cannot be opened at all (Dexie's open then reports why).
 */
export function openStoredDatabase(
  name: string,
): Promise<IDBDatabase | 'none' | 'outdated' | 'unavailable'> {
  return new Promise((resolve) => {
    let req: IDBOpenDBRequest;
    try {
      req = indexedDB.open(name);
    } catch {
      resolve('unavailable');
      return;
    }
    let created = false;
    req.onupgradeneeded = () => {
      // Only a database that does not exist yet gets here (no version was asked for).
      created = true;
      req.transaction?.abort();
    };
    req.onerror = (event) => {
      event.preventDefault();
      resolve(created ? 'none' : 'unavailable');
    };
    req.onblocked = () => {
      resolve('unavailable');
    };
    req.onsuccess = () => {
      const database = req.result;
      // Another tab's Dexie may need to upgrade: never hold it up.
      database.onversionchange = () => {
        database.close();
      };
      if (isCurrent(database)) {
        resolve(database);
      } else {
        database.close();
        resolve('outdated');
      }
    };
  });
}
