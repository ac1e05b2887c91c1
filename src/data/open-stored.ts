// Opening the stored database without Dexie and without the schema: a few hundred bytes, so the
// entry (src/main.tsx) starts it before anything else loads. With years of data, opening IndexedDB
// on a cold start takes 150 to 400 ms in the browser's own process (docs/performance.md), time that
// then overlaps React's evaluation instead of following it. Whether the database has the latest
// schema is checked later, by ./indexeddb-reads (openStoredDatabase), which needs the schema.

/** The stored database as opened, before its schema is checked. */
export type StoredOpen = IDBDatabase | 'none' | 'unavailable';

/**
 * Opens the stored database at whatever version it is: 'none' when it does not exist yet (first
 * use: nothing is created, the upgrade that would create it is aborted), 'unavailable' when
 * IndexedDB cannot be opened at all (Dexie's open then reports why).
 */
export function openStored(name: string): Promise<StoredOpen> {
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
      // A page put away holds nothing (docs/architecture.md §3), even before Today's first read
      // has taken the connection over: a closed one is left to Dexie (openStoredDatabase).
      addEventListener(
        'pagehide',
        () => {
          database.close();
        },
        { once: true },
      );
      resolve(database);
    };
  });
}
