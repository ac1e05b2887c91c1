import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { AppPage } from './support/app-page';
import { LogForm } from './support/log-form';
import { PlanScreens } from './support/plan-screens';

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

test('each tab keeps its own plan setup draft, and erase all in one tab empties the other’s', async ({
  page,
  context,
  expectNoAxeViolations,
}) => {
  const kept = 'Your answers from last time are kept.';
  const bands = (tab: Page) =>
    tab
      .getByRole('group', { name: 'Equipment you have' })
      .getByRole('checkbox', { name: 'Resistance bands' });
  const first = new AppPage(page);
  await first.open('/plan/setup');
  await new PlanScreens(page).tapTile('Equipment you have', 'Resistance bands');
  await expect(bands(page)).toBeChecked();
  // A reload of the tab (as an update does) keeps its draft.
  await page.reload();
  await expect(page.getByText(kept)).toBeVisible();
  await expect(bands(page)).toBeChecked();
  await expectNoAxeViolations(page);

  // Another tab starts with its own, empty, setup.
  const other = await context.newPage();
  const second = new AppPage(other);
  await second.open('/plan/setup');
  await expect(second.heading('Set up your plan')).toBeVisible();
  await expect(bands(other)).not.toBeChecked();
  await expect(other.getByText(kept)).toHaveCount(0);

  await second.open('/settings');
  await other.getByRole('button', { name: 'Erase all data' }).click();
  await other.getByRole('button', { name: 'Yes, continue' }).click();
  await other.getByRole('button', { name: 'Erase everything now' }).click();

  await expect(bands(page)).not.toBeChecked();
  await expect(page.getByText(kept)).toHaveCount(0);
  await page.reload();
  await expect(first.heading('Set up your plan')).toBeVisible();
  await expect(bands(page)).not.toBeChecked();
  await expect(page.getByText(kept)).toHaveCount(0);
  await other.close();
});
