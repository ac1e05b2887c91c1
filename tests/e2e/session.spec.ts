import { test, expect } from './support/fixtures';
import { restoreSeed } from './support/a11y-seed';
import { AppPage } from './support/app-page';
import { PlanScreens } from './support/plan-screens';

// The seed's plan: prone press-up (2 × 8), supported one-arm row (2 × 10 at 4 kg), glute bridge;
// its only session was two days ago, so today's starts at the first set.
test.beforeEach(async ({ page }) => {
  await restoreSeed(page);
});

const restLeft = (app: AppPage) => app.page.getByRole('timer', { name: 'Rest time left' });

test('a reload mid-rest resumes the rest where it was, then the next set', async ({
  page,
  expectNoAxeViolations,
}) => {
  const app = new AppPage(page);
  const plan = new PlanScreens(page);
  // Time stands still unless the test moves it, so the rest left is exact.
  const start = Date.now();
  await page.clock.setFixedTime(start);
  await app.open('/plan/session');
  await plan.answerSet('Easy', 1);
  await page.getByRole('button', { name: 'Done: 8 reps' }).click();
  // A press-up is an endurance set: 45 s of rest (docs/domain.md §5b rule 11).
  await expect(restLeft(app)).toHaveText('0:45');

  await page.clock.setFixedTime(start + 20_000);
  await expect(restLeft(app)).toHaveText('0:25');
  await page.reload();
  await expect(page.getByText('Picking up where you left off: 1 set already saved.')).toBeVisible();
  await expect(restLeft(app)).toHaveText('0:25');
  await expect(page.getByText('Set 2 of 2: 8 reps')).toBeVisible();
  await expect(
    page.getByText('Starting from set 1: Easy, pain 1/10. Change them if this set felt different.'),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // The rest runs out while the app is open: the timer goes, the next set is ready.
  await page.clock.setFixedTime(start + 46_000);
  await expect(restLeft(app)).toBeHidden();
  await page.getByRole('button', { name: 'Done: 8 reps' }).click();
  await expect(page.getByRole('heading', { name: 'Supported one-arm row' })).toBeVisible();
  await expect(restLeft(app)).toHaveText('0:45');
  // A new exercise asks afresh how it felt.
  await expect(
    page
      .getByRole('radiogroup', { name: 'How hard was it?' })
      .getByRole('radio', { checked: true }),
  ).toHaveCount(0);
});

test('a reload after skipping an exercise keeps it skipped until the session is finished', async ({
  page,
  expectNoAxeViolations,
}) => {
  const app = new AppPage(page);
  const plan = new PlanScreens(page);
  await app.open('/plan/session');
  await page.getByRole('button', { name: 'Skip this exercise' }).click();
  await expect(page.getByRole('heading', { name: 'Supported one-arm row' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Supported one-arm row' })).toBeVisible();
  const skipped = page.getByRole('region', { name: 'Skipped today' });
  await expect(skipped).toContainText('Prone press-up');
  await expect(skipped.getByRole('button', { name: 'Do Prone press-up after all' })).toBeVisible();
  await expectNoAxeViolations(page);

  await plan.answerSet('Moderate', 2);
  await page.getByRole('button', { name: 'Done: 10 reps at 4 kg' }).click();
  await expect(page.getByText('Set 2 of 2: 10 reps at 4 kg')).toBeVisible();
  await plan.finish();
  await expect(page.getByText('Session saved')).toBeVisible();

  // Finished: the skip was for that session only.
  await app.open('/plan/session');
  await expect(page.getByRole('heading', { name: 'Prone press-up' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Skipped today' })).toBeHidden();
});

test('a double tap on Done saves the set once', async ({ page }) => {
  const app = new AppPage(page);
  const plan = new PlanScreens(page);
  await app.open('/plan/session');
  await plan.answerSet('Easy', 1);
  await page.getByRole('button', { name: 'Done: 8 reps' }).dblclick();
  await expect(page.getByText('Set 2 of 2: 8 reps')).toBeVisible();

  // Read back from storage after a reload, not from what the screen remembers.
  await page.reload();
  const saved = page.getByRole('region', { name: 'Saved so far' }).getByRole('listitem');
  await expect(saved).toHaveText(['Prone press-up, set 1: 8 reps · Easy · pain 1/10']);
});

test('a kg plan switches to pounds at the next save: each weight down, then tried and stepped in pounds', async ({
  page,
  expectNoAxeViolations,
}) => {
  // A long flow (setup, a session or a form and two screens): more than the default 30 s on CI.
  test.setTimeout(60_000);
  const app = new AppPage(page);
  const plan = new PlanScreens(page);
  await plan.chooseUnits('Pounds (lb)');

  // The seed's 4 kg dumbbell reads as what it is, and the Plan tab says how to switch.
  await app.open('/plan');
  const notice = page.getByRole('region', { name: 'Your weights are in kilograms' });
  await expect(notice).toBeVisible();
  const ladders = page.getByRole('region', { name: 'Toward your destination exercises' });
  await expect(ladders).toContainText('Now: 2 × 10 at 4 kg');
  await expectNoAxeViolations(page);
  await notice.getByRole('link', { name: 'Switch my weights to pounds' }).click();

  // Before Save: each weight goes down to the nearest pound weight, never up.
  await expect(app.heading('Change your plan')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your weights switch to pounds' })).toContainText(
    'Supported one-arm row: 7.5 lb instead of 4 kg',
  );
  await expect(page.getByRole('region', { name: 'Your plan after this change' })).toContainText(
    'Supported one-arm row: 2 × 10 at 7.5 lb (new: its first week is its baseline week)',
  );
  await expectNoAxeViolations(page);
  await plan.saveSetup();
  await expect(page.getByText('Plan changed: see the history of plan changes')).toBeVisible();
  await expect(page.getByRole('region', { name: 'History of plan changes' })).toContainText(
    'weights in pounds now, each down to the nearest pound weight (never up)',
  );
  await expect(notice).toBeHidden();

  // The session: the row is in a baseline week of its own, and adjusts through the pound
  // weights the plan records as owned (docs/domain.md §5b rule 5), not a fixed step.
  await app.open('/plan/session');
  await page.getByRole('button', { name: 'Skip this exercise' }).click();
  await expect(page.getByRole('heading', { name: 'Supported one-arm row' })).toBeVisible();
  await expect(page.getByText('Set 1 of 2: 10 reps at 7.5 lb')).toBeVisible();
  await expect(page.getByText(/^First week at Supported one-arm row: do each set/)).toBeVisible();
  await page.getByText('Did something different?').click();
  await page.getByRole('button', { name: 'Heavier' }).click();
  await expect(page.getByRole('group', { name: 'Load' })).toContainText('10 lb');
  await plan.answerSet('Moderate', 2);
  await page.getByRole('button', { name: 'Done: 10 reps at 10 lb' }).click();
  await expect(page.getByText('Set 2 of 2: 10 reps at 7.5 lb')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Saved so far' }).getByRole('listitem')).toHaveText(
    ['Supported one-arm row, set 1: 10 reps at 10 lb · Moderate · pain 2/10'],
  );
  await expectNoAxeViolations(page);
});
