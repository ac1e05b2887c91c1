import { db } from './db';

/**
 * For tests outside src/data (which may not touch `db`): empties the database by deleting it and
 * opening it again at the current schema version.
 */
export async function resetDatabase(): Promise<void> {
  await db.delete();
  await db.open();
}
