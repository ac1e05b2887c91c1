import type { Table } from 'dexie';
import { createBackup, type Backup } from '../domain/backup';
import { mergePlan } from '../domain/backup';
import { backupTableNames, uniqueFieldOf, type BackupData } from '../domain/backup';
import { FORM_ERROR_KEY, type Validation } from '../domain/common';
import { systemClock } from './clock';
import { db } from './db';
import { storageFailure } from './storage-errors';

type Versioned = { id: string; updatedAt: string };
const tableOf = (name: keyof BackupData): Table<Versioned, string> =>
  db.table<Versioned, string>(name);

/** Every record of every table, soft-deleted ones included, as a backup stamped now. */
export async function exportBackup(appVersion: string, now = systemClock().now): Promise<Backup> {
  const tables = await db.transaction('r', backupTableNames.map(tableOf), async () => {
    const entries = await Promise.all(
      backupTableNames.map(async (name) => [name, await tableOf(name).toArray()] as const),
    );
    return Object.fromEntries(entries) as unknown as BackupData;
  });
  return createBackup(tables, appVersion, now);
}

export type RestoreMode = 'merge' | 'replace';

/**
 * Writes a validated backup in one transaction: all of it or, on any failure, none of it.
 * Merge keeps the newer copy of each record by updatedAt; replace clears every table first.
 * Resolves to the number of records written.
 */
export async function restoreBackup(
  backup: Backup,
  mode: RestoreMode,
): Promise<Validation<number>> {
  try {
    const written = await db.transaction('rw', backupTableNames.map(tableOf), async () => {
      let count = 0;
      for (const name of backupTableNames) {
        const table = tableOf(name);
        const incoming = backup.tables[name];
        if (mode === 'replace') {
          await table.clear();
          await table.bulkPut(incoming);
          count += incoming.length;
        } else {
          const plan = mergePlan(await table.toArray(), incoming, uniqueFieldOf(name));
          // Remove the older record of a day before writing the newer one (unique index).
          await table.bulkDelete(plan.remove);
          await table.bulkPut(plan.put);
          count += plan.put.length;
        }
      }
      return count;
    });
    return { ok: true, value: written };
  } catch (error) {
    const errors = storageFailure(error);
    return {
      ok: false,
      errors: {
        [FORM_ERROR_KEY]:
          `Nothing was restored: your data is as it was. ${errors[FORM_ERROR_KEY] ?? ''}`.trim(),
      },
    };
  }
}
