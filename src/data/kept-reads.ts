import { liveQuery } from 'dexie';
import { readPlanChanges } from './plan-queries';

let warm: { read: Promise<void>; subscription: { unsubscribe: () => void } } | undefined;

/**
 * Keeps the whole history of plan changes read, live, once the app is idle. The Plan page and the
 * path draw from it (518 changes after ten years: 51-93 ms of IndexedDB on a slow phone, the
 * longest of the Plan tap's reads); while a live query holds the same read open, Dexie answers
 * theirs from memory (its query cache) and keeps it current on every write, in this tab or another.
 * A database closed under it ends it: the pages then read for themselves, as before
 * (docs/performance.md, taps on the slower machine). Resolves once the history has been read.
 */
export function keepPlanChangesRead(): Promise<void> {
  if (warm) return warm.read;
  let subscription = { unsubscribe: () => {} };
  const read = new Promise<void>((resolve) => {
    subscription = liveQuery(() => readPlanChanges()).subscribe({
      next: () => {
        resolve();
      },
      error: () => {
        warm = undefined;
        resolve();
      },
    });
  });
  warm = { read, subscription };
  return read;
}

/** Closes the read kept open, so each test starts without it. */
export function stopKeepingPlanChangesRead(): void {
  warm?.subscription.unsubscribe();
  warm = undefined;
}
