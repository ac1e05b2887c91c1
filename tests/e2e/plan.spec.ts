import { test, expect } from './support/fixtures';
import { AppPage } from './support/app-page';
import { CheckinForm } from './support/checkin-form';
import { LogForm } from './support/log-form';
import { PlanScreens } from './support/plan-screens';

// Mondays and Thursdays from Monday 30 November 2026 (weeks start on Monday by default).
const at = (day: string, time = '09:00') => new Date(`${day}T${time}:00`);

test('set up a plan, train offline, review the week, then step back after a spasm', async ({
  page,
  context,
  expectNoAxeViolations,
}) => {
  test.setTimeout(120_000);
  const app = new AppPage(page);
  const plan = new PlanScreens(page);
  await page.clock.install({ time: at('2026-11-30') });

  // Set up: two days a week (Monday and Thursday suggested), no equipment, lowest rungs.
  await app.open('/plan');
  await expect(page.getByRole('heading', { name: 'No plan yet' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Set up your plan' }).click();
  await expect(app.heading('Set up your plan')).toBeVisible();
  await page
    .getByRole('radiogroup', { name: 'Training days a week' })
    .getByText('2', { exact: true })
    .click();
  await plan.tapTile('Equipment you have', 'No equipment');
  await expect(page.getByRole('region', { name: 'Your baseline' })).toContainText(
    'Prone lying: 2 × 30 s hold',
  );
  await expectNoAxeViolations(page);
  await plan.saveSetup();
  await expect(page.getByRole('heading', { name: 'Step 2: your baseline week' })).toBeVisible();
  await expect(page.getByText('Plan saved: your baseline week starts')).toBeVisible();
  await expectNoAxeViolations(page);

  // Monday: the first session, offline.
  await app.waitForServiceWorkerControl();
  await context.setOffline(true);
  await page.getByRole('link', { name: "Start today's session" }).click();
  await expect(app.heading("Today's session")).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Prone lying' })).toBeVisible();
  await expect(page.getByText(/Baseline week: do each set as prescribed/)).toBeVisible();
  await expectNoAxeViolations(page);
  await plan.answerSet('Easy', 1);
  await page.getByRole('button', { name: 'Done: 30 s hold' }).click();
  await expect(page.getByRole('timer', { name: 'Rest time left' })).toBeVisible();
  await expectNoAxeViolations(page);
  // Closing the app mid-session loses nothing.
  await page.reload();
  await expect(page.getByText('Picking up where you left off: 1 set already saved.')).toBeVisible();
  await plan.doEverySet();
  await plan.finish();
  await expect(page.getByText('Session saved')).toBeVisible();
  await expect(page.getByRole('region', { name: 'This week' })).toContainText('Today: Done');
  await context.setOffline(false);

  // Tuesday morning: the check-in asks how the back is after yesterday's session.
  await page.clock.setSystemTime(at('2026-12-01', '08:00'));
  const checkin = new CheckinForm(page);
  await checkin.open();
  await checkin.tapPain(2);
  await page
    .getByRole('radiogroup', { name: /After yesterday's exercise session/ })
    .getByText('Same as usual', { exact: true })
    .click();
  await checkin.save();

  // Thursday, then the next Monday (review of the baseline week: each exercise's baseline is
  // set from what stayed tolerable) and Thursday.
  for (const day of ['2026-12-03', '2026-12-07', '2026-12-10']) {
    await page.clock.setSystemTime(at(day));
    await app.open('/plan/session');
    await plan.answerSet('Moderate', 2);
    await plan.doEverySet();
    await plan.finish();
    await expect(app.heading('Exercise plan')).toBeVisible();
    if (day === '2026-12-07') {
      await plan.runReview();
      await expect(plan.latestReview()).toContainText(
        'Baseline week done: your starting points are set from what stayed tolerable.',
      );
      await expect(plan.latestReview()).toContainText(
        'Baseline set at 2 × 30 s hold: it stayed tolerable this week',
      );
      await expect(
        page.getByRole('heading', { name: 'Step 2: your tolerable baseline' }),
      ).toBeVisible();
    }
  }

  // Monday 14 December: two steady weeks in a row move the plan on, with the reason for each step.
  await page.clock.setSystemTime(at('2026-12-14'));
  await app.open('/plan');
  await expect(page.getByRole('region', { name: 'Your weekly review is ready' })).toBeVisible();
  await expectNoAxeViolations(page);
  await plan.runReview();
  await expect(plan.latestReview()).toContainText('Steady week, 2 of 2 sessions done: 2 steps up.');
  // Each step up with the plain reason the person reads for it.
  const decision = (exercise: string) =>
    plan
      .latestReview()
      .getByRole('listitem')
      .filter({ hasText: `${exercise}:` });
  await expect(plan.latestReview().getByRole('listitem')).toHaveCount(2);
  await expect(decision('Prone lying')).toContainText('Step up (2 × 30 s hold → 2 × 33 s hold)');
  await expect(decision('Prone lying')).toContainText(
    "Up to 2 × 33 s hold: holds 3 s longer, so the week's volume rises by 10 %.",
  );
  await expect(decision('Hip hinge with a dowel')).toContainText(
    'Step up (2 × 8 → 2 sets of 9, 8)',
  );
  await expect(decision('Hip hinge with a dowel')).toContainText(
    "Up to 2 sets of 9, 8: one more rep a session, so the week's volume rises by 6 %.",
  );
  await expect(page.getByRole('heading', { name: 'Step 3: gradual progression' })).toBeVisible();
  await expectNoAxeViolations(page);

  // Tuesday: a spasm. The next Monday's review steps back and says why.
  await page.clock.setSystemTime(at('2026-12-15', '18:00'));
  await app.open('/log/new');
  await new LogForm(page).tapSeverity(6);
  await new LogForm(page).save();
  await expect(page.getByText('Spasm logged')).toBeVisible();
  await page.clock.setSystemTime(at('2026-12-21'));
  await app.open('/plan');
  await plan.runReview();
  await expect(plan.latestReview()).toContainText('stepped back, and flare mode is on.');
  await expect(decision('Prone lying')).toContainText(
    'Stepped back to 2 × 25 s hold (24 % less): you logged a spasm on Tuesday. Flare mode is on: no steps up until a calm week has passed.',
  );
  await expect(decision('Hip hinge with a dowel')).toContainText(
    'Stepped back to 2 sets of 7, 6 (24 % less): you logged a spasm on Tuesday. Flare mode is on: no steps up until a calm week has passed.',
  );
  await expect(page.getByRole('heading', { name: 'Flare mode: progression paused' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'History of plan changes' })).toContainText(
    '2 steps up',
  );
  await expectNoAxeViolations(page);
});

test('every plan screen fits a 320px phone and passes axe with its options open', async ({
  page,
  expectNoAxeViolations,
}) => {
  const app = new AppPage(page);
  const plan = new PlanScreens(page);
  await page.setViewportSize({ width: 320, height: 640 });
  const expectNoOverflow = async () => {
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `horizontal overflow on ${page.url()}`).toBe(0);
  };

  await app.open('/plan/setup');
  for (const kind of ['Dumbbells', 'Barbell', 'Bench', 'Resistance bands']) {
    await plan.tapTile('Equipment you have', kind);
  }
  await page.getByRole('button', { name: 'Save plan' }).focus();
  await page.keyboard.press('Enter');
  await expect(app.heading('Exercise plan')).toBeVisible();
  await expectNoOverflow();

  await page.getByRole('button', { name: 'My back is flaring' }).click();
  await expect(page.getByLabel('Flaring since')).toBeVisible();
  await expectNoOverflow();
  await expectNoAxeViolations(page);

  await app.open('/plan/session');
  await page.getByText('Did something different?').click();
  await expect(page.getByRole('button', { name: 'Longer hold' })).toBeVisible();
  await page.getByRole('button', { name: /^Done: / }).click();
  await expect(page.getByText('Choose how hard the set felt')).toBeVisible();
  await expectNoOverflow();
  await expectNoAxeViolations(page);
});
