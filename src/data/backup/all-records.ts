import { useLiveQuery } from 'dexie-react-hooks';
import { backupTableNames, backupTables, type BackupData } from '../../domain/backup';
import type { BackupTableName } from '../../domain/backup';
import { db } from '../db';
import { parseRows } from '../repository';

/** Every table's records that pass their domain schema, and how many stored rows did not. */
export type AllRecords = { tables: BackupData; unreadable: number };

/**
 * Raw rows of every table read back through the domain schemas (docs/decisions/
 * 0004-unreadable-rows-are-counted.md): a row that no longer validates is counted, never cast
 * into the report, and stays stored.
 */
export function parseAllRecords(rows: Record<BackupTableName, unknown[]>): AllRecords {
  let unreadable = 0;
  const tables: Partial<Record<BackupTableName, unknown[]>> = {};
  for (const name of backupTableNames) {
    const read = parseRows<unknown>(backupTables[name].schema, rows[name]);
    tables[name] = read.records;
    unreadable += read.unreadable;
  }
  // Each table's records have just passed that table's schema: this is BackupData.
  return { tables: tables as BackupData, unreadable };
}

/** Every record of every table, validated, live (for the clinician report; not for hot paths). */
export function useAllRecords(): AllRecords | undefined {
  return useLiveQuery(async () => {
    const entries = await Promise.all(
      backupTableNames.map(async (name) => [name, await db.table(name).toArray()] as const),
    );
    return parseAllRecords(Object.fromEntries(entries) as Record<BackupTableName, unknown[]>);
  });
}
