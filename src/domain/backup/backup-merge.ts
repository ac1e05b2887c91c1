import { backupTableNames, backupTables, type BackupData } from './backup-tables';
import type { Backup } from './backup-format';

type Versioned = { id: string; updatedAt: string };

export type MergePlan<T> = { put: T[]; remove: string[] };

/**
 * What a merge must write: incoming records whose id is new or whose copy is strictly newer (by
 * updatedAt) than the stored one. Soft deletes travel as newer copies, so they are respected.
 * With `uniqueField` (a check-in's day), two records for the same day are one fact: the newer wins
 * and the older is removed. Invariant: merging the same records twice plans nothing the second time.
 */
export function mergePlan<T extends Versioned>(
  stored: readonly T[],
  incoming: readonly T[],
  uniqueField?: string,
): MergePlan<T> {
  const keyOf = (record: T) =>
    uniqueField ? String((record as Record<string, unknown>)[uniqueField]) : record.id;
  const current = new Map(stored.map((record) => [keyOf(record), record]));
  const winners = new Map<string, T>();
  for (const record of incoming) {
    const key = keyOf(record);
    const seen = winners.get(key) ?? current.get(key);
    if (!seen || record.updatedAt > seen.updatedAt) winners.set(key, record);
  }
  const put = [...winners.values()];
  const remove = put.flatMap((record) => {
    const replaced = current.get(keyOf(record));
    return replaced && replaced.id !== record.id ? [replaced.id] : [];
  });
  return { put, remove };
}

/** `mergePlan` without a unique field: the records to write. */
export function recordsToMerge<T extends Versioned>(
  stored: readonly T[],
  incoming: readonly T[],
): T[] {
  return mergePlan(stored, incoming).put;
}

export type BackupSummary = {
  /** "12 spasms", "40 check-ins"... for every kind with at least one record. */
  counts: { table: keyof BackupData; count: number; words: string }[];
  /** First and last day with a spasm or check-in, when there are any. */
  from?: string;
  to?: string;
};

/** What a backup holds, for the person to see before choosing merge or replace. */
export function summarizeBackup(backup: Backup): BackupSummary {
  const counts = backupTableNames
    .map((table) => {
      const count = backup.tables[table].length;
      const { one, many } = backupTables[table];
      return { table, count, words: `${count} ${count === 1 ? one : many}` };
    })
    .filter((row) => row.count > 0);
  const days = [
    ...backup.tables.episodes.map((e) => e.startedAt.slice(0, 10)),
    ...backup.tables.checkins.map((c) => c.day),
  ].sort();
  const from = days[0];
  const to = days[days.length - 1];
  return from !== undefined && to !== undefined ? { counts, from, to } : { counts };
}
