import { backupTableNames, backupTables, type BackupData } from './backup-tables';
import type { Backup } from './backup-format';

type Versioned = { id: string; updatedAt: string };

/**
 * The incoming records a merge must write: those whose id is new, or whose copy is strictly newer
 * (by updatedAt) than the stored one. Soft deletes travel as newer copies, so they are respected.
 * Invariant: merging the same backup twice writes nothing the second time (idempotent).
 */
export function recordsToMerge<T extends Versioned>(
  stored: readonly T[],
  incoming: readonly T[],
): T[] {
  const storedById = new Map(stored.map((record) => [record.id, record]));
  const newest = new Map<string, T>();
  for (const record of incoming) {
    const seen = newest.get(record.id);
    if (!seen || record.updatedAt > seen.updatedAt) newest.set(record.id, record);
  }
  return [...newest.values()].filter((record) => {
    const current = storedById.get(record.id);
    return !current || record.updatedAt > current.updatedAt;
  });
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
