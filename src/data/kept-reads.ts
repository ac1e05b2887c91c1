import { liveQuery } from 'dexie';
import { systemClock } from './clock';
import { db } from './db';
import { LOG_PAGE, readEpisodeLog } from './episodes/episode-log';
import { readPlanChanges } from './plan/plan-queries';

// Reads kept open once the app is idle, for the taps that waited longest on IndexedDB (on a slow
// phone most of a tap's wait is the browser's database process, not this page). While a live
// query holds a read open, Dexie answers a page's identical read from memory (its query cache)
// and keeps it current on every write, in this tab or another. Only whole reads (getAll) are
// cached, not cursors. A database closed under one ends it: the pages then read for themselves,
// as before (docs/performance.md, taps on the slower machine).

type Kept = { key: string; read: Promise<void>; subscription: { unsubscribe: () => void } };
const kept = new Map<string, Kept>();

/** Keeps `query` read, live, under `name`; a new `key` (a new day) replaces the read kept before. */
function keepRead(name: string, key: string, query: () => Promise<unknown>): Promise<void> {
  const held = kept.get(name);
  if (held?.key === key) return held.read;
  held?.subscription.unsubscribe();
  let subscription = { unsubscribe: () => {} };
  const read = new Promise<void>((resolve) => {
    subscription = liveQuery(query).subscribe({
      next: () => {
        resolve();
      },
      error: () => {
        if (kept.get(name)?.subscription === subscription) kept.delete(name);
        resolve();
      },
    });
  });
  kept.set(name, { key, read, subscription });
  return read;
}

/**
 * The whole history of plan changes, which the Plan page and the path draw from (518 changes after
 * ten years: 51-93 ms of IndexedDB on a slow phone, the longest of the Plan tap's reads).
 * Resolves once it has been read.
 */
export const keepPlanChangesRead = (): Promise<void> =>
  keepRead('plan changes', '', readPlanChanges);

/** The Log's first page and the counts above it on `today`, as the History tap reads them. */
export const keepLogRead = (today: string): Promise<void> =>
  keepRead('log', today, () => readEpisodeLog({}, LOG_PAGE, today));

/**
 * Every spasm and every check-in, as Patterns reads them (readWholeTable: the whole table over the
 * primary key). With ten years, the 3,650 check-ins took 130-170 ms of the Patterns tap's 330 ms on
 * the slower machine, the screen's longest wait (docs/performance.md, Patterns tap).
 */
export const keepPatternsReads = async (): Promise<void> => {
  await Promise.all([
    keepRead('spasms', '', () => db.episodes.toArray()),
    keepRead('check-ins', '', () => db.checkins.toArray()),
  ]);
};

/** All of them, for today (the app shell starts them once the first screen is done). */
export async function keepLikelyReads(): Promise<void> {
  await Promise.all([keepPlanChangesRead(), keepLogRead(systemClock().today), keepPatternsReads()]);
}

/** Closes every read kept open, so each test starts without them. */
export function stopKeepingReads(): void {
  for (const { subscription } of kept.values()) subscription.unsubscribe();
  kept.clear();
}
