import { readFileSync } from 'node:fs';
import { parseIcs } from '../support/domain/ics-parse.test-helper';
import { AppPage } from './support/app-page';
import { test, expect } from './support/fixtures';
import { expectNoSidewaysScroll, tapTile } from './support/guide-screens';

test('a journal entry is written and rated again', async ({ page, expectNoAxeViolations }) => {
  const app = new AppPage(page);
  await app.open('/beliefs');
  await expect(app.heading('Beliefs journal')).toBeVisible();
  await page.getByRole('button', { name: 'Write a journal entry' }).click();
  await page.getByText('Beliefs many people with back pain hold').click();
  await page.getByRole('button', { name: 'Pain means I am harming my back' }).click();
  await page.getByLabel('The situation (optional)').fill('Carrying my daughter upstairs');
  await page.getByLabel('How strongly you believe it (0 to 100)').fill('85');
  await page
    .getByLabel('Evidence against it (optional)')
    .fill('Walking hurt but I was fine the next day');
  await expectNoAxeViolations(page);
  await expectNoSidewaysScroll(page);
  await page.getByRole('button', { name: 'Save entry' }).click();

  await expect(app.heading('Pain means I am harming my back')).toBeVisible();
  await page.getByLabel('How strongly do you believe it now? (0 to 100)').fill('50');
  await page.getByRole('button', { name: 'Save re-rating' }).click();
  const history = page.getByRole('table', { name: /believed it over time/ });
  await expect(history.getByRole('row')).toHaveCount(3);
  await expect(page.getByText('50 out of 100')).toBeVisible();
  await expectNoAxeViolations(page);
  await expectNoSidewaysScroll(page);
});

test('an experiment compares predicted and actual pain', async ({
  page,
  expectNoAxeViolations,
}) => {
  const app = new AppPage(page);
  await app.open('/beliefs/experiments');
  await page.getByRole('button', { name: 'Plan an experiment' }).click();
  await page.getByLabel('The activity you are wary of').fill('Lift the laundry basket');
  await tapTile(page, /How much pain do you expect/, 7);
  await page.getByRole('button', { name: 'Save prediction' }).click();
  await page.getByRole('button', { name: /Record how it went/ }).click();
  await tapTile(page, /How much pain did you have/, 3);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Save result' }).click();

  await expect(
    page.getByText('In 1 of your 1 experiment the pain was lower than you predicted.'),
  ).toBeVisible();
  await expect(page.locator('.uplot-box canvas').first()).toBeVisible();
  await page.getByText('Predicted and actual pain as a table').click();
  const table = page.getByRole('table', { name: /finished experiments/ });
  await expect(table.getByRole('row').nth(1)).toContainText('Lift the laundry basket73');
  await expectNoAxeViolations(page);
  await expectNoSidewaysScroll(page);
});

test('a week is rated on the hard activities', async ({ page, expectNoAxeViolations }) => {
  const app = new AppPage(page);
  await app.open('/outcomes');
  await page.getByLabel('Activity 1').fill('Lifting a case of water');
  await page.getByLabel('Activity 2').fill('Bending over the crib');
  await page.getByLabel('Activity 3').fill('Getting out of the car');
  await page.getByRole('button', { name: 'Save activities' }).click();
  await tapTile(page, /Your back pain this week/, 5);
  await tapTile(page, /Lifting a case of water/, 3);
  await tapTile(page, /Bending over the crib/, 4);
  await tapTile(page, /Getting out of the car/, 6);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Save this week' }).click();
  await expect(page.getByRole('button', { name: 'Update this week' })).toBeVisible();
  await expect(page.getByText('Rate at least two weeks to see how things change.')).toBeVisible();
  await expect(page.locator('.uplot-box canvas').first()).toBeVisible();
  await expectNoAxeViolations(page);
  await expectNoSidewaysScroll(page);
});

test('reminders make a calendar file and the theme can be changed', async ({
  page,
  context,
  expectNoAxeViolations,
}) => {
  await context.grantPermissions(['notifications']);
  const app = new AppPage(page);
  await app.open('/settings');
  await expectNoAxeViolations(page);
  await page.getByLabel('Remind me to check in every day').click();
  await page.getByLabel('Check-in reminder time').fill('07:45');
  await expect(page.getByText('Notifications are allowed.')).toBeVisible();

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download calendar file' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('steadyback-reminders.ics');
  const text = readFileSync(await download.path(), 'utf8');
  expect(text).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
  const calendar = parseIcs(text);
  expect(calendar.events).toHaveLength(1);
  expect(calendar.events[0]).toMatchObject({ RRULE: 'FREQ=DAILY', DURATION: 'PT5M' });
  expect(calendar.events[0]?.DTSTART).toMatch(/^\d{8}T074500$/);

  await page.getByLabel('Dark').click();
  await expect(page.getByLabel('Dark')).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('html')).toHaveCSS('background-color', 'rgb(18, 23, 22)');
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByLabel('Light').click();
  await expect(page.locator('html')).toHaveCSS('background-color', 'rgb(247, 245, 240)');
  await expectNoAxeViolations(page);
  await expectNoSidewaysScroll(page);
});
