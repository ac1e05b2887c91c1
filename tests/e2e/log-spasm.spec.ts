import { test, expect } from './support/fixtures';
import { AppPage } from './support/app-page';
import { LogForm } from './support/log-form';

test('log a spasm in three taps from Today', async ({ page, expectNoAxeViolations }) => {
  const app = new AppPage(page);
  const form = new LogForm(page);
  await app.open('/');
  await expect(page.getByText(/Nothing is logged yet/)).toBeVisible();

  await app.logSpasmAction().click(); // tap 1
  await expect(app.heading('Log a spasm')).toBeVisible();
  await expectNoAxeViolations(page);
  await form.tapSeverity(6); // tap 2
  await form.save(); // tap 3

  await expect(page.getByText('Spasm logged')).toBeVisible();
  await expect(app.heading('Today')).toBeVisible();
  await expect(page.getByText('Days since your last spasm').locator('..')).toContainText('0');
  await expectNoAxeViolations(page);
});

test('log a detailed spasm and see it in the history', async ({ page, expectNoAxeViolations }) => {
  const app = new AppPage(page);
  const form = new LogForm(page);
  await app.open('/log/new');
  await form.tapSeverity(5);
  await form.tapActivity('Moving furniture');
  await form.tapMovement('Twisting');
  await form.openMoreDetails();
  await page.getByLabel('Load you were carrying (kg)').fill('20');
  await page.getByLabel('Heat').check();
  await page.getByLabel("It's still going").uncheck();
  await page.getByLabel('Notes').fill('Carried the sofa up the stairs');
  await expectNoAxeViolations(page);
  await form.save();

  await expect(page.getByText('Spasm logged')).toBeVisible();
  await app.navLink('Log').click();
  const row = page.getByRole('listitem').filter({ hasText: 'severity 5' });
  await expect(row).toContainText('Moving furniture · Twisting');
  await expect(row).toContainText('Lasted');
  await expectNoAxeViolations(page);
});

test('bad input gets a message at the field, keeps what was typed and saves nothing', async ({
  page,
}) => {
  const app = new AppPage(page);
  const form = new LogForm(page);
  await app.open('/log/new');
  await form.tapSeverity(4);
  await form.openMoreDetails();
  const load = page.getByLabel('Load you were carrying (kg)');
  await load.fill('501');
  await form.save();
  await expect(page.getByText('Load must be 500 kg or less')).toBeVisible();
  await expect(load).toHaveValue('501');
  await expect(load).toBeFocused();
  await app.navLink('Log').click();
  await expect(page.getByRole('heading', { name: 'No spasms logged yet' })).toBeVisible();
});

test('a half-filled log survives a reload', async ({ page }) => {
  const app = new AppPage(page);
  const form = new LogForm(page);
  await app.open('/log/new');
  await form.tapSeverity(7);
  await form.tapMovement('Lifting');
  await page.reload();
  await expect(page.getByText('We kept what you started.')).toBeVisible();
  await expect(form.severityGroup().getByRole('radio', { name: '7', exact: true })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Lifting', exact: true })).toBeChecked();
});

test('edit a spasm, then delete it and undo', async ({ page }) => {
  const app = new AppPage(page);
  const form = new LogForm(page);
  await app.open('/log/new');
  await form.tapSeverity(3);
  await form.save();
  await expect(page.getByText('Spasm logged')).toBeVisible();

  await app.navLink('Log').click();
  await page.getByRole('link', { name: /^Edit spasm of/ }).click();
  await form.tapSeverity(5);
  await page.getByRole('button', { name: /^Save/ }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'severity 5' })).toBeVisible();

  await page.getByRole('button', { name: /^Delete spasm of/ }).click();
  await expect(page.getByText('Spasm deleted')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No spasms logged yet' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'severity 5' })).toBeVisible();
});

test('a severe spasm offers the safety check', async ({ page, expectNoAxeViolations }) => {
  const app = new AppPage(page);
  const form = new LogForm(page);
  await app.open('/log/new');
  await form.tapSeverity(9);
  await form.save();
  await page.getByRole('link', { name: 'When to seek care' }).click();
  await expect(app.heading('When to seek care')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Get emergency care now' })).toBeInViewport();
  await expectNoAxeViolations(page);
});

test('spasms logged offline are kept and shown after an offline reload', async ({
  page,
  context,
}) => {
  const app = new AppPage(page);
  const form = new LogForm(page);
  await app.open('/');
  await app.waitForServiceWorkerControl();
  // Visit the form once online is not needed: every screen is precached.
  await context.setOffline(true);

  for (const severity of [2, 4, 6]) {
    await app.logSpasmAction().click();
    await form.tapSeverity(severity);
    await form.save();
    await expect(app.heading('Today')).toBeVisible();
  }
  await page.reload();
  await app.navLink('Log').click();
  for (const severity of [2, 4, 6]) {
    await expect(
      page.getByRole('listitem').filter({ hasText: `severity ${severity}` }),
    ).toBeVisible();
  }
  await context.setOffline(false);
});
