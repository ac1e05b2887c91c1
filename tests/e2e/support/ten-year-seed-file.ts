import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

const pad = (n: number) => String(n).padStart(2, '0');

/** Yesterday here, as the browser (same machine, same zone) sees it. */
function localYesterday(): string {
  const d = new Date(Date.now() - 86_400_000);
  return `${String(d.getFullYear())}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * The `npm run seed` backup: ten years ending yesterday (a seed ending today would hold records
 * timed later today, which a restore rightly refuses as after the backup was made). Made once a
 * day and kept in the ignored tests/bench/dist folder: about a minute to make, so runs reuse it.
 */
export function tenYearSeedFile(): string {
  const day = localYesterday();
  const file = `tests/bench/dist/seed-10y-${day}.json`;
  if (!existsSync(file)) {
    execFileSync('node', ['scripts/seed.mjs', '--day', day, '--out', file], { stdio: 'ignore' });
  }
  return file;
}

/** Restores the ten-year seed through the Backup screen, as a person restoring it would. */
export async function restoreTenYears(page: Page, file: string) {
  await page.goto('/backup');
  await page.getByLabel('Choose a backup file').setInputFiles(file);
  const refused = page.getByRole('alert');
  await expect(page.getByRole('button', { name: 'Merge backup' }).or(refused)).toBeVisible({
    timeout: 60_000,
  });
  await expect(refused).toHaveCount(0);
  await page.getByRole('button', { name: 'Merge backup' }).click();
  await expect(page.getByText(/Restored\. [\d,.\s]+ records were written/)).toBeVisible({
    timeout: 120_000,
  });
}
