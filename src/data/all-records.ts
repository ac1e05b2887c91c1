import { useLiveQuery } from 'dexie-react-hooks';
import { backupTableNames, type BackupData } from '../domain/backup';
import { db } from './db';

/** Every record of every table, live (for the clinician report; not for hot paths). */
export function useAllRecords(): BackupData | undefined {
  return useLiveQuery(async () => {
    const entries = await Promise.all(
      backupTableNames.map(async (name) => [name, await db.table(name).toArray()] as const),
    );
    return Object.fromEntries(entries) as unknown as BackupData;
  });
}
