import { useLiveQuery } from 'dexie-react-hooks';
import { dexieReads } from './dexie-reads';
import { systemClock } from './clock';
import { saveSettings } from './settings-queries';
import { readUnbackedEntries } from './today-reads';

/** readUnbackedEntries, live. */
export function useUnbackedEntries(since: string | undefined) {
  return useLiveQuery(() => readUnbackedEntries(dexieReads, since), [since]);
}

/** Remembers that a backup file was just made. */
export function recordBackupMade(now = systemClock().now) {
  return saveSettings({ lastBackupAt: now });
}
