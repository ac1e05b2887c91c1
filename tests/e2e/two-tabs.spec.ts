import { test, expect } from './support/fixtures';
import { AppPage } from './support/app-page';
import { LogForm } from './support/log-form';

test('two tabs stay consistent: a spasm logged in one appears in the other', async ({
  page,
  context,
}) => {
  const first = new AppPage(page);
  await first.open('/log');
  await expect(page.getByRole('heading', { name: 'No spasms logged yet' })).toBeVisible();

  const other = await context.newPage();
  const second = new AppPage(other);
  await second.open('/log/new');
  const form = new LogForm(other);
  await form.tapSeverity(4);
  await form.save();
  await expect(second.heading('Today')).toBeVisible();

  // No reload in the first tab: the live query hears the change from the other tab.
  await expect(page.getByRole('listitem').filter({ hasText: 'severity 4' })).toBeVisible();
  await other.close();
});
