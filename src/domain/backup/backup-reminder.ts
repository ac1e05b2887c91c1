import { daysBetween } from '../episodes';

/** **Design choice** (issue 8's example): remind after 20 unbacked entries or 30 days. */
export const REMIND_AFTER_ENTRIES = 20;
export const REMIND_AFTER_DAYS = 30;

export type BackupReminderInput = {
  /** Whether the browser promised to keep this app's data. */
  persisted: boolean;
  /** Records created or changed since the last backup (all records when never backed up). */
  unbackedEntries: number;
  /** The oldest of those changes, as an ISO instant. */
  oldestUnbackedAt: string | undefined;
  lastBackupAt: string | undefined;
  now: string;
};

/**
 * Whether to remind the person to back up, and the sentence to show. Only when the browser may
 * clear the data (storage not persisted) and there is something not yet in a backup.
 */
export function backupReminder(input: BackupReminderInput): string | null {
  const { persisted, unbackedEntries, oldestUnbackedAt, lastBackupAt, now } = input;
  if (persisted || unbackedEntries === 0 || oldestUnbackedAt === undefined) return null;
  const days = daysBetween(oldestUnbackedAt.slice(0, 10), now.slice(0, 10));
  if (unbackedEntries < REMIND_AFTER_ENTRIES && days < REMIND_AFTER_DAYS) return null;
  const since =
    lastBackupAt === undefined ? 'You have never made a backup' : 'Since your last backup';
  const changes = `${unbackedEntries} ${unbackedEntries === 1 ? 'entry has' : 'entries have'}`;
  return lastBackupAt === undefined
    ? `${since}, and this browser may clear its data when space runs low. ${changes} been made. Back up now to keep them safe.`
    : `${since}, ${changes} been added or changed, and this browser may clear its data when space runs low. Back up now to keep them safe.`;
}
