import { useEffect, useState } from 'react';
import { afterFirstIdle } from '../first-idle';
import { DATABASE_NAME } from '../schema';
import { openStoredDatabase, transactionReads } from '../indexeddb-reads';
import { emptyReads } from '../reads';
import { readToday, type TodayData } from './today-reads';
import type * as TodayLive from './today-live';

export type { TodayData } from './today-reads';

let todayLive: typeof TodayLive | undefined;
const loadTodayLive = async () => (todayLive ??= await import('./today-live'));

type StoredDatabase = ReturnType<typeof openStoredDatabase>;
let firstOpen: StoredDatabase | undefined;
// The connection and transaction of the first read while they are open, for releaseFirstRead,
// and whether the page has been hidden since (a connection that opens after that is closed at once).
let heldDatabase: IDBDatabase | undefined;
let firstReadTransaction: IDBTransaction | undefined;
let released = false;

/**
 * Starts opening the stored database for Today's first read (idempotent): src/main.tsx calls it
 * as soon as it runs, since opening IndexedDB with years in it takes 100 to 400 ms on a cold start.
 */
export function startOpeningForToday(): void {
  if (firstOpen) return;
  firstOpen = openStoredDatabase(DATABASE_NAME);
  void firstOpen.then((database) => {
    if (typeof database === 'string') return;
    if (released) database.close();
    else heldDatabase = database;
  });
  addEventListener('pagehide', releaseFirstRead);
}

/**
 * Ends the first read's hold on the database when the page is hidden (the `pagehide` listener set
 * by startOpeningForToday): its transaction aborted, its connection closed, and any later first
 * read left to Dexie. A page kept in the back-forward cache is suspended with whatever it holds,
 * and WebKit keeps a suspended page's transaction open, so every write in the next page waited on
 * this read-only transaction over every table (docs/architecture.md §3). Dexie releases its own
 * connections the same way.
 */
export function releaseFirstRead(): void {
  released = true;
  try {
    firstReadTransaction?.abort();
  } catch {
    // Already finished.
  }
  firstReadTransaction = undefined;
  heldDatabase?.close();
  heldDatabase = undefined;
  firstOpen = Promise.resolve('outdated');
}

/**
 * Today's data read once through the browser's IndexedDB API, without Dexie, then the database
 * closed: the defaults when there is no database yet; undefined when it must be upgraded first or
 * cannot be read (Dexie's live read then opens it, upgrades it or says why).
 */
export async function readTodayWithoutDexie(
  opening: StoredDatabase,
  today: string,
  now: string,
): Promise<TodayData | undefined> {
  const database = await opening;
  if (database === 'none') return readToday(emptyReads, today, now);
  if (typeof database === 'string') return undefined;
  try {
    const tx = database.transaction([...database.objectStoreNames], 'readonly');
    firstReadTransaction = tx;
    return await readToday(transactionReads(tx), today, now);
  } catch {
    return undefined;
  } finally {
    firstReadTransaction = undefined;
    heldDatabase = undefined;
    database.close();
  }
}

let firstRead: { today: string; data: Promise<TodayData | undefined> } | undefined;

/** The page's one read without Dexie, shared by every caller for the same day. */
function readTodayFirst(today: string, now: string): Promise<TodayData | undefined> {
  if (firstRead?.today !== today) {
    startOpeningForToday();
    const opening = firstOpen ?? Promise.resolve('unavailable' as const);
    // Once used, the connection is closed: a later day's first read waits for Dexie.
    firstOpen = Promise.resolve('outdated');
    firstRead = { today, data: readTodayWithoutDexie(opening, today, now) };
  }
  return firstRead.data;
}

type TodayState = { today: string; data?: TodayData; error?: Error };

const asError = (error: unknown) =>
  error instanceof Error ? error : new Error('Today could not be read', { cause: error });

/**
 * Today's data, live: the first read without Dexie (so the screen shows it before Dexie's 29 kB
 * have downloaded), then, once the first load is done (./first-idle), Dexie's live query, which
 * re-reads whenever a record it depends on changes. Undefined while loading; a failed live read is thrown, as useLiveQuery does.
 */
export function useToday(today: string, now: () => string): TodayData | undefined {
  const [state, setState] = useState<TodayState>();
  useEffect(() => {
    let stopped = false;
    let live = false;
    let stop: (() => void) | undefined;
    const watch = async () => {
      const { watchToday } = await loadTodayLive();
      if (stopped) return;
      stop = watchToday(
        today,
        now,
        (data) => {
          live = true;
          setState({ today, data });
        },
        (error: unknown) => {
          setState({ today, error: asError(error) });
        },
      );
    };
    const first = todayLive ? Promise.resolve(undefined) : readTodayFirst(today, now());
    void first
      .then(async (data) => {
        // Dexie's read is never replaced by an older first read.
        if (data && !stopped && !live) setState({ today, data });
        // Shown without Dexie: its 29 kB and live updates wait until the first load is done.
        if (data) await afterFirstIdle();
      })
      .finally(() => {
        if (stopped) return;
        void watch().catch((error: unknown) => {
          if (!stopped) setState({ today, error: asError(error) });
        });
      });
    return () => {
      stopped = true;
      stop?.();
    };
  }, [today, now]);
  if (state?.today !== today) return undefined;
  if (state.error !== undefined) {
    throw state.error;
  }
  return state.data;
}
