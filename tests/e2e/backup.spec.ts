import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './support/fixtures';
import { AppPage } from './support/app-page';
import { LogForm } from './support/log-form';

test('back up, clear the app, restore, and find everything', async ({
  page,
  baseURL,
  expectNoAxeViolations,
}) => {
  const app = new AppPage(page);
  const form = new LogForm(page);
  for (const severity of [3, 8]) {
    await app.open('/log/new');
    await form.tapSeverity(severity);
    await form.tapActivity('Gardening');
    await form.save();
    if (severity < 8) await expect(app.heading('Today')).toBeVisible();
    else await expect(page.getByRole('heading', { name: 'Spasm logged' })).toBeVisible();
  }

  await app.open('/more');
  await page.getByRole('link', { name: 'Back up and restore' }).click();
  await expect(app.heading('Back up and restore')).toBeVisible();
  await expectNoAxeViolations(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Back up now' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(
    /^steadyback-backup-health-data-\d{4}-\d{2}-\d{2}\.json$/,
  );
  const file = join(
    mkdtempSync(join(tmpdir(), 'steadyback-backup-')),
    download.suggestedFilename(),
  );
  await download.saveAs(file);
  await expect(page.getByText(/Backup saved as steadyback-backup-.*\(\d+ records\)/)).toBeVisible();

  // Wipe this origin's storage, as a reset phone or a cleared browser would.
  await page.goto('about:blank');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', {
    origin: new URL(baseURL!).origin,
    storageTypes: 'indexeddb,local_storage',
  });
  await app.open('/log');
  await expect(page.getByRole('heading', { name: 'No spasms logged yet' })).toBeVisible();

  await app.open('/backup');
  await page.getByLabel('Choose a backup file').setInputFiles(file);
  await expect(page.getByText('2 spasms')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Merge backup' }).click();
  await expect(page.getByText(/Restored\. \d+ records were written/)).toBeVisible();

  await app.navLink('Log').click();
  await expect(page.getByRole('listitem').filter({ hasText: 'severity 3' })).toContainText(
    'Gardening',
  );
  await expect(page.getByRole('listitem').filter({ hasText: 'severity 8' })).toContainText(
    'Gardening',
  );
});

test('a file that is not a backup is refused and nothing changes', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('/backup');
  await page.getByLabel('Choose a backup file').setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"shopping": ["water", "crib"]}'),
  });
  await expect(page.getByRole('alert')).toContainText("isn't a Steadyback backup");
  await app.navLink('Log').click();
  await expect(page.getByRole('heading', { name: 'No spasms logged yet' })).toBeVisible();
});

test.describe('in New York (UTC-5, or -4 in summer)', () => {
  test.use({ timezoneId: 'America/New_York' });

  test('spasms export as a CSV file with ISO dates in local time and their offset', async ({
    page,
  }) => {
    const app = new AppPage(page);
    const form = new LogForm(page);
    await app.open('/log/new');
    await form.tapSeverity(5);
    await form.tapActivity('Moving furniture');
    await form.save();
    await expect(app.heading('Today')).toBeVisible();

    await app.open('/backup');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Spasms (CSV)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^steadyback-spasms-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = readFileSync(await download.path(), 'utf8');
    const [header, row] = text.split('\r\n');
    expect(header).toMatch(/^started_at,ended_at,duration_minutes,severity_0_10,/);
    expect(row).toMatch(
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00-0[45]:00,,,5,Lower back,,Moving furniture,Not sure,/,
    );
  });
});
