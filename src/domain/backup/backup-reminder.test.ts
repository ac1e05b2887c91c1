import { describe, expect, it } from 'vitest';
import { backupReminder, type BackupReminderInput } from './backup-reminder';

const base: BackupReminderInput = {
  persisted: false,
  unbackedEntries: 20,
  oldestUnbackedAt: '2026-11-20T08:00:00.000Z',
  lastBackupAt: undefined,
  now: '2026-11-25T12:00:00.000Z',
};

describe('backupReminder', () => {
  it('reminds after 20 unbacked entries when storage is not persisted', () => {
    expect(backupReminder(base)).toMatch(/never made a backup.*20 entries have been made/);
  });

  it('reminds after 30 days even with few entries', () => {
    expect(
      backupReminder({
        ...base,
        unbackedEntries: 2,
        oldestUnbackedAt: '2026-10-26T08:00:00.000Z',
        lastBackupAt: '2026-10-25T08:00:00.000Z',
      }),
    ).toMatch(/Since your last backup, 2 entries have been added or changed/);
    expect(
      backupReminder({ ...base, unbackedEntries: 2, oldestUnbackedAt: '2026-10-27T08:00:00.000Z' }),
    ).toBeNull();
  });

  it('stays quiet when storage is persisted or nothing is unbacked', () => {
    expect(backupReminder({ ...base, persisted: true })).toBeNull();
    expect(backupReminder({ ...base, unbackedEntries: 0, oldestUnbackedAt: undefined })).toBeNull();
    expect(backupReminder({ ...base, unbackedEntries: 19 })).toBeNull();
  });
});
