import { db } from './db';

/** Every localStorage key the app writes starts with this (e.g. the unsaved spasm draft). */
export const APP_STORAGE_PREFIX = 'steadyback';

/**
 * Erases everything the person entered: every table emptied in one transaction (all or nothing:
 * a failure part-way leaves every record where it was), then the app's drafts in localStorage.
 * Returns false when the database refused.
 */
export async function eraseAllData(): Promise<boolean> {
  try {
    await db.transaction('rw', db.tables, async () => {
      await Promise.all(db.tables.map((table) => table.clear()));
    });
  } catch {
    return false;
  }
  const keys = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i));
  for (const key of keys) {
    if (key?.startsWith(APP_STORAGE_PREFIX)) localStorage.removeItem(key);
  }
  return true;
}
