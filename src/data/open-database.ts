import { db } from './db';

/**
 * Starts opening IndexedDB (idempotent). src/main.tsx calls it as soon as the app starts: on a
 * cold start with years of data the open takes about 100 ms, which would otherwise begin only when
 * Today first reads. Its own small chunk (Dexie and the schema, no React), so it can run before the
 * app's code has even been evaluated.
 */
export function startOpeningDatabase(): void {
  db.open().catch(() => {
    // The first read reports the failure where it can be shown.
  });
}
