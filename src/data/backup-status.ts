import { useLiveQuery } from 'dexie-react-hooks';
import { backupTableNames } from '../domain/backup-tables';
import { db } from './db';
import { systemClock } from './clock';
import { saveSettings } from './settings-queries';

type Stamped = { updatedAt?: string; createdAt?: string };

/** Records changed since `since` (all when undefined) across every table, and the oldest change. */
export function useUnbackedEntries(since: string | undefined) {
  return useLiveQuery(async () => {
    let count = 0;
    let oldest: string | undefined;
    for (const name of backupTableNames) {
      if (name === 'settings') continue; // preferences are not entries
      await db.table<Stamped>(name).each((row) => {
        const changed = row.updatedAt ?? '';
        if (since !== undefined && changed <= since) return;
        count += 1;
        if (oldest === undefined || changed < oldest) oldest = changed;
      });
    }
    return { count, oldest };
  }, [since]);
}

/** Remembers that a backup file was just made. */
export function recordBackupMade(now = systemClock().now) {
  return saveSettings({ lastBackupAt: now });
}
