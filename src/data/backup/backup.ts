import type { Table } from 'dexie';
import {
  backupTableNames,
  createBackup,
  mergePlan,
  uniqueFieldOf,
  type Backup,
  type BackupData,
  type BackupTableName,
} from '../../domain/backup';
import { FORM_ERROR_KEY, type Validation } from '../../domain/common';
import { systemClock } from '../clock';
import { db } from '../db';
import { storageFailure } from '../storage-errors';

type Versioned = { id: string; updatedAt: string; revision?: number | undefined };
const tableOf = (name: BackupTableName): Table<Versioned, string> =>
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
/** Called as records are written: `written` of `total` so far. */
export type RestoreProgress = (written: number, total: number) => void;

/** Records per write: small enough that the progress bar moves on a restore of 100,000. */
const BATCH = 2_000;

/**
 * How many records on this device a replace would delete (those the backup doesn't have), per
 * kind. Settings are left out: a replace keeps one settings record either way.
 */
export async function countReplaceRemovals(
  backup: Backup,
): Promise<{ table: BackupTableName; count: number }[]> {
  const names = backupTableNames.filter((name) => name !== 'settings');
  return db.transaction('r', names.map(tableOf), async () => {
    const counts = await Promise.all(
      names.map(async (table) => {
        const kept = new Set(backup.tables[table].map((record) => record.id));
        const ids = await tableOf(table).toCollection().primaryKeys();
        return { table, count: ids.filter((id) => !kept.has(id)).length };
      }),
    );
    return counts.filter((row) => row.count > 0);
  });
}

/** The records to write per table, and those to remove first (merge: an older copy of a day). */
async function planWrites(backup: Backup, mode: RestoreMode) {
  return Promise.all(
    backupTableNames.map(async (name) => {
      const stored = await tableOf(name).toArray();
      const incoming = backup.tables[name] as Versioned[];
      const plan =
        mode === 'replace'
          ? { put: incoming, remove: [] as string[] }
          : mergePlan(stored, incoming, uniqueFieldOf(name));
      // A record written now gets a revision above any copy this device held, so a form opened
      // on the old copy in another tab sees the change instead of saving over it.
      const before = new Map(stored.map((record) => [record.id, record.revision ?? 0]));
      const put = plan.put.map((record) => {
        const held = before.get(record.id);
        if (held === undefined) return record;
        return { ...record, revision: Math.max(held, record.revision ?? 0) + 1 };
      });
      return { name, put, remove: plan.remove };
    }),
  );
}

/** The later of two optional instants. */
const later = (a: string | undefined, b: string | undefined) =>
  a === undefined ? b : b === undefined || a > b ? a : b;

/**
 * Writes a validated backup in one transaction: all of it or, on any failure, none of it.
 * Merge keeps the newer copy of each record by updatedAt; replace clears every table first.
 * The date of the last backup never goes back (the file's may be older than this device's).
 * Resolves to the number of records written.
 */
export async function restoreBackup(
  backup: Backup,
  mode: RestoreMode,
  onProgress: RestoreProgress = () => undefined,
): Promise<Validation<number>> {
  try {
    const tables = backupTableNames.map(tableOf);
    const written = await db.transaction('rw', tables, async () => {
      const settingsBefore = await db.settings.toArray();
      const plans = await planWrites(backup, mode);
      const total = plans.reduce((sum, plan) => sum + plan.put.length, 0);
      let count = 0;
      onProgress(0, total);
      for (const { name, put, remove } of plans) {
        const table = tableOf(name);
        if (mode === 'replace') await table.clear();
        // Remove the older record of a day before writing the newer one (unique index).
        else await table.bulkDelete(remove);
        // Every table is written, even with nothing in it, so every write can fail the whole restore.
        for (let start = 0; start === 0 || start < put.length; start += BATCH) {
          const batch = put.slice(start, start + BATCH);
          await table.bulkPut(batch);
          count += batch.length;
          onProgress(count, total);
        }
      }
      const before = settingsBefore[0];
      const lastBefore = before?.lastBackupAt;
      const settings = await db.settings.toArray();
      // A file without settings (replace cleared them): keep this device's, with its backup date.
      if (settings.length === 0 && before && lastBefore !== undefined)
        await db.settings.put(before);
      for (const record of settings) {
        const last = later(lastBefore, record.lastBackupAt);
        if (last !== record.lastBackupAt) await db.settings.put({ ...record, lastBackupAt: last });
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
