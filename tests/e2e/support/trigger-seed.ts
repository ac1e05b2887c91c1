import type { Page } from '@playwright/test';
import { createBackup } from '../../../src/domain/backup/backup-format';
import { emptyBackupData, type BackupData } from '../../../src/domain/backup/backup-tables';
import { buildCheckin, buildEpisode, buildSettings } from '../../support/domain/test-builders';
import { localDayAgo } from './a11y-seed';
import { expect } from './fixtures';

/**
 * 30 days of diary: picking something up from the floor on days 1-15 (a spasm began with it on
 * days 1-8, at 09:30), desk work on days 16-30. Enough for a verdict (docs/domain.md §2 gate).
 */
export function triggerMonthBackup(now = Date.now()): string {
  const stamp = new Date(now - 60_000).toISOString();
  const meta = (id: string) => ({ id, createdAt: stamp, updatedAt: stamp });
  const tables: BackupData = emptyBackupData();
  tables.settings = [
    buildSettings({ createdAt: stamp, updatedAt: stamp, onboarding: 'done', lastBackupAt: stamp }),
  ];
  tables.checkins = Array.from({ length: 30 }, (_, i) =>
    buildCheckin({
      ...meta(`trigger-checkin-${String(i + 1)}`),
      day: localDayAgo(now, i + 1),
      backPain: 2,
      activityIds: [i < 15 ? 'cat-floor-pickup' : 'cat-desk-work'],
      morningAfterSession: undefined,
    }),
  );
  tables.episodes = Array.from({ length: 8 }, (_, i) =>
    buildEpisode({
      ...meta(`trigger-episode-${String(i + 1)}`),
      startedAt: new Date(`${localDayAgo(now, i + 1)}T09:30:00`).toISOString(),
      endedAt: new Date(`${localDayAgo(now, i + 1)}T11:00:00`).toISOString(),
      activityId: 'cat-floor-pickup',
      movement: 'bending-forward',
    }),
  );
  return JSON.stringify(createBackup(tables, 'e2e', stamp));
}

/** Restores a backup through the Backup screen (merge), as a person restoring a file would. */
export async function restoreBackup(page: Page, text: string) {
  await page.goto('/backup');
  await page.getByLabel('Choose a backup file').setInputFiles({
    name: 'steadyback-backup-trigger.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await page.getByRole('button', { name: 'Merge backup' }).click();
  await expect(page.getByText(/Restored\. \d+ records were written/)).toBeVisible();
}
