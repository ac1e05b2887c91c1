import { test, expect } from './support/fixtures';
import { AppPage } from './support/app-page';

test('the same check-in saved in two tabs is never overwritten silently', async ({
  page,
  context,
}) => {
  const first = new AppPage(page);
  await first.open('/checkin');
  const other = await context.newPage();
  await new AppPage(other).open('/checkin');

  await page.getByRole('radio', { name: '5' }).check({ force: true });
  await other.getByRole('radio', { name: '2' }).check({ force: true });
  await other.getByRole('button', { name: 'Save check-in' }).click();
  await expect(other.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();

  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(
    page.getByRole('alertdialog', { name: 'This check-in was changed in another tab' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Take theirs' }).click();
  await expect(page.getByRole('radio', { name: '2' })).toBeChecked();
  await other.close();
});

test('the same spasm edited in two tabs asks before saving over the other tab', async ({
  page,
  context,
}) => {
  const first = new AppPage(page);
  await first.open('/log/new');
  await page.getByRole('radio', { name: '6' }).check({ force: true });
  await page.getByRole('button', { name: /^Save/ }).first().click();
  await first.open('/log');
  await page.getByRole('link', { name: /Edit/ }).first().click();
  await expect(first.heading('Edit spasm')).toBeVisible();
  const url = page.url();

  const other = await context.newPage();
  await other.goto(url);
  await other.getByRole('radio', { name: '8' }).check({ force: true });
  await other.getByRole('button', { name: 'Save changes' }).click();
  await expect(other.getByRole('heading', { level: 1, name: 'Spasm log' })).toBeVisible();

  await page.getByRole('radio', { name: '3' }).check({ force: true });
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(
    page.getByRole('alertdialog', { name: 'This spasm was changed in another tab' }),
  ).toContainText('Both tabs changed how bad it was');
  await page.getByRole('button', { name: 'Keep mine' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Spasm log' })).toBeVisible();
  await other.close();
});

test('erase all data in one tab empties the other tab’s spasm draft', async ({ page, context }) => {
  const first = new AppPage(page);
  await first.open('/log/new');
  await page.getByRole('radio', { name: '7' }).check({ force: true });
  await expect(page.getByRole('radio', { name: '7' })).toBeChecked();

  const other = await context.newPage();
  await new AppPage(other).open('/settings');
  await other.getByRole('button', { name: 'Erase all data' }).click();
  await other.getByRole('button', { name: 'Yes, continue' }).click();
  await other.getByRole('button', { name: 'Erase everything now' }).click();

  await expect(page.getByRole('radio', { name: '7' })).not.toBeChecked();
  await page.reload();
  await expect(page.getByRole('radio', { name: '7' })).not.toBeChecked();
  await other.close();
});
