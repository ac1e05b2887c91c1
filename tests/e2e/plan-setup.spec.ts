import { test, expect } from './support/fixtures';
import { AppPage } from './support/app-page';
import { PlanScreens } from './support/plan-screens';

test('an accessory in the plan, then more days a week: warned first, recorded after', async ({
  page,
  expectNoAxeViolations,
}) => {
  test.setTimeout(60_000);
  const app = new AppPage(page);
  const plan = new PlanScreens(page);
  await page.setViewportSize({ width: 320, height: 640 });
  await page.clock.install({ time: new Date('2026-11-30T09:00:00') });
  const expectNoOverflow = async () => {
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `horizontal overflow on ${page.url()}`).toBe(0);
  };
  const daysAWeek = (n: string) =>
    page
      .getByRole('radiogroup', { name: 'Training days a week' })
      .getByText(n, { exact: true })
      .click();

  // A new plan: two days, dumbbells, and the reverse flye as an accessory.
  await app.open('/plan/setup');
  await daysAWeek('2');
  await plan.tapTile('Equipment you have', 'Dumbbells');
  const accessories = page.getByRole('group', { name: 'Accessories (optional)' });
  await expect(accessories).toContainText(
    'Trains: back and hamstrings through the hinge, with a weight held at the chest',
  );
  await plan.tapTile('Accessories (optional)', 'Reverse flye');
  await expect(page.getByRole('region', { name: 'Your baseline' })).toContainText(
    'Reverse flye: 2 × 10 at 2 kg',
  );
  await expectNoOverflow();
  await expectNoAxeViolations(page);
  await plan.saveSetup();
  await expect(page.getByRole('heading', { name: 'Step 2: your baseline week' })).toBeVisible();
  const ladders = page.getByRole('region', { name: 'Toward your destination exercises' });
  await expect(ladders).toContainText('Reverse flye: 2 × 10 at 2 kg');

  // Three days a week: 50 % more work each week, so the screen says so before Save.
  await page.getByRole('link', { name: 'Change days, equipment or starting levels' }).click();
  await expect(app.heading('Change your plan')).toBeVisible();
  await expect(accessories.getByRole('checkbox', { name: 'Reverse flye' })).toBeChecked();
  await daysAWeek('3');
  const warning = page.getByRole('region', { name: 'More work a week than the plan allows' });
  await expect(warning).toContainText('Each week would be 50 % more work than now');
  await expect(
    warning.getByRole('radio', { name: 'Keep the weekly work about the same' }),
  ).toBeChecked();
  await expect(page.getByRole('region', { name: 'Your plan after this change' })).toContainText(
    'Supported one-arm row: 1 × 14 at 4 kg',
  );
  await expectNoOverflow();
  await expectNoAxeViolations(page);
  await plan.saveSetup();
  await expect(page.getByText('Plan changed: see the history of plan changes')).toBeVisible();
  const history = page.getByRole('region', { name: 'History of plan changes' });
  await expect(history).toContainText(
    'You changed your plan: 3 training days a week instead of 2 (Monday, Wednesday and Friday)',
  );
  await expect(ladders).toContainText('Now: 1 × 14 at 4 kg');
  await expect(ladders).toContainText('Reverse flye: 1 × 14 at 2 kg');

  // Four days would leave too little a session to spread: only a baseline week is offered.
  await page.getByRole('link', { name: 'Change days, equipment or starting levels' }).click();
  await daysAWeek('4');
  await expect(warning).toContainText('would leave under 10 reps (or seconds) a session');
  await expect(warning.getByRole('radio')).toHaveCount(1);
  await expect(warning.getByRole('radio', { name: 'Start with a baseline week' })).toBeChecked();
  await plan.saveSetup();
  await expect(page.getByRole('heading', { name: 'Step 2: your baseline week' })).toBeVisible();
  await expect(history).toContainText('your baseline week goes on, on the new schedule');
  await expectNoAxeViolations(page);
});

test('a new plan for a person counting in pounds starts on weights sold in pounds', async ({
  page,
  expectNoAxeViolations,
}) => {
  const app = new AppPage(page);
  const plan = new PlanScreens(page);
  await plan.chooseUnits('Pounds (lb)');
  await app.open('/plan/setup');
  await plan.tapTile('Equipment you have', 'Dumbbells');
  await plan.tapTile('Accessories (optional)', 'Reverse flye');
  const baseline = page.getByRole('region', { name: 'Your baseline' });
  await expect(baseline).toContainText('Supported one-arm row: 2 × 10 at 10 lb');
  await expect(baseline).toContainText('Reverse flye: 2 × 10 at 5 lb');
  await expect(page.getByRole('region', { name: 'Your weights switch to pounds' })).toBeHidden();
  await expectNoAxeViolations(page);
  await plan.saveSetup();
  const ladders = page.getByRole('region', { name: 'Toward your destination exercises' });
  await expect(ladders).toContainText('Now: 2 × 10 at 10 lb');
  await expect(ladders).toContainText('Reverse flye: 2 × 10 at 5 lb');
  await expect(page.getByRole('region', { name: 'Your weights are in kilograms' })).toBeHidden();
});
