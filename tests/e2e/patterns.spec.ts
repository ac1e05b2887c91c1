import { test, expect } from './support/fixtures';
import { AppPage } from './support/app-page';
import { CheckinForm } from './support/checkin-form';
import { LogForm } from './support/log-form';
import { restoreBackup, triggerMonthBackup } from './support/trigger-seed';

const FLOOR = 'Picking something up from the floor';
const pad = (n: number) => String(n).padStart(2, '0');
/** The local day `n` days ago, as the app writes it (the browser runs in this machine's zone). */
function daysAgo(n: number): string {
  const date = new Date(Date.now() - n * 86_400_000);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

test('check-ins and spasms over ten days show the planted trigger with its counts', async ({
  page,
  expectNoAxeViolations,
}) => {
  // Fourteen forms filled through the UI, one after another.
  test.setTimeout(120_000);
  const app = new AppPage(page);
  const checkin = new CheckinForm(page);
  const log = new LogForm(page);

  await app.open('/patterns');
  await expect(page.getByRole('region', { name: 'Not enough to go on yet' })).toContainText(
    '3 more spasms logged and 20 more days of check-ins',
  );

  // Ten past days: the floor on days 1-5, gardening on days 6-10.
  for (let n = 1; n <= 10; n++) {
    await checkin.open(daysAgo(n));
    if (n === 1) await expectNoAxeViolations(page);
    await checkin.tapPain(2);
    await checkin.tickActivity(n <= 5 ? FLOOR : 'Gardening');
    await checkin.save();
    await expect(page.getByText('Check-in saved')).toBeVisible();
  }

  // Four spasms, each begun picking something up from the floor, on days 1-4.
  for (let n = 1; n <= 4; n++) {
    await app.open('/log/new');
    await log.tapSeverity(5);
    await log.tapActivity(FLOOR);
    await log.openMoreDetails();
    await page
      .getByRole('radiogroup', { name: 'When did it start?' })
      .getByText('Exact time')
      .click();
    await page.getByLabel('Date and time it started').fill(`${daysAgo(n)}T09:30`);
    await log.save();
    await expect(page.getByText('Spasm logged')).toBeVisible();
  }

  await app.navLink('Patterns').click();
  await expect(app.heading('Patterns')).toBeVisible();
  const trigger = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: FLOOR }) });
  // Five days with it and five without: below the minimum-data gate (10 and 10), so no verdict yet.
  await expect(trigger).toContainText('Too early to tell');
  await expect(trigger).toContainText(
    '4 of your 4 spasms began while picking something up from the floor.',
  );
  await expect(trigger).toContainText(
    "To tell, the app needs 5 more check-in days when you did it and 5 more check-in days when you didn't.",
  );
  await expect(page.getByRole('region', { name: 'Not enough to go on yet' })).toContainText(
    '10 more days of check-ins',
  );
  // The charts load with the screen, and their figures are in tables too.
  await expect(page.locator('.uplot-box canvas').first()).toBeVisible();
  await expect(page.getByRole('table', { name: 'Spasms by time of day' })).toBeVisible();
  await expectNoAxeViolations(page);

  await trigger.getByRole('link', { name: /See these 4 spasms/ }).click();
  await expect(app.heading(FLOOR)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Spasms that began with it' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a month of diary names a likely trigger, with what to do next and no percentages', async ({
  page,
  expectNoAxeViolations,
}) => {
  // A restore and two full-page axe runs.
  test.setTimeout(90_000);
  const app = new AppPage(page);
  await restoreBackup(page, triggerMonthBackup());
  await app.open('/patterns');
  const trigger = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: FLOOR, level: 3 }) });
  await expect(trigger).toContainText('Likely trigger');
  await expect(trigger).toContainText(
    '8 of your 8 spasms began while picking something up from the floor. On days you did it, ' +
      'one began during it about 1 day in 2; on the 15 other days, none.',
  );
  const advice = trigger.getByRole('region', { name: `What to do next about ${FLOOR}` });
  await expect(advice).toContainText('Avoiding it for good is not the aim');
  await expect(advice.getByRole('link', { name: /See your plan/ })).toHaveAttribute(
    'href',
    '/plan',
  );
  await expect(advice.getByRole('link', { name: /Open the beliefs journal/ })).toHaveAttribute(
    'href',
    '/beliefs',
  );
  await expect(trigger).toContainText('8 spasms began with it.');
  const desk = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Desk work', level: 3 }) });
  await expect(desk).toContainText('No sign');
  await expect(desk).toContainText('so far; this does not rule it out');
  // No percentages in the verdicts (the timing tables' shares are not verdicts).
  await expect(
    page.getByRole('region', { name: 'What comes before your spasms' }),
  ).not.toContainText('%');
  await expectNoAxeViolations(page);

  await trigger.getByRole('link', { name: /See these 8 spasms/ }).click();
  await expect(app.heading(FLOOR)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What to do next', level: 2 })).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText('%');
  await expectNoAxeViolations(page);
});

test('today’s check-in is axe clean, refuses a missing score at the field and saves', async ({
  page,
  expectNoAxeViolations,
}) => {
  const app = new AppPage(page);
  const checkin = new CheckinForm(page);
  await checkin.open();
  await expect(app.heading("Today's check-in")).toBeVisible();
  await expectNoAxeViolations(page);
  await checkin.save();
  await expect(page.getByText('Choose how your back is today, from 0 to 10')).toBeVisible();
  await expectNoAxeViolations(page);
  await checkin.tapPain(3);
  await checkin.save();
  await expect(page.getByText('Check-in saved')).toBeVisible();
  await expect(app.heading('Today')).toBeVisible();
});
