import { test, expect } from './support/fixtures';
import { restoreSeed } from './support/a11y-seed';
import { AppPage } from './support/app-page';
import { LogForm } from './support/log-form';
import { PlanScreens } from './support/plan-screens';

// docs/domain.md §5b rule 1: a spasm or pain today changes today, not only next week's review.
// The seed's plan: prone press-up (2 × 8), supported one-arm row (2 × 10 at 4 kg), glute bridge.
test.beforeEach(async ({ page }) => {
  await restoreSeed(page);
});

test('after a spasm logged today, Today offers the gentle routine, skipping and flare mode', async ({
  page,
  expectNoAxeViolations,
}) => {
  const app = new AppPage(page);
  const form = new LogForm(page);
  await app.open('/log/new');
  await form.tapSeverity(5);
  await form.save();
  await expect(page.getByText('Spasm logged')).toBeVisible();

  await expect(page.getByRole('heading', { name: "After today's spasm" })).toBeVisible();
  const routine = page.getByText(/Gentle routine, about \d+ minutes/);
  await routine.click();
  await expect(
    page.getByText('Walk at an easy pace, indoors or out, letting your arms swing.'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Turn on flare mode' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: "Skip today's session" }).click();
  await expect(page.getByText("Today is a rest day, and that's fine.")).toBeVisible();

  // Skipped stays skipped: after a reload the offer does not come back today.
  await page.reload();
  await expect(page.getByText('Days since your last spasm')).toBeVisible();
  await expect(page.getByRole('heading', { name: "After today's spasm" })).toHaveCount(0);
});

test('a set with pain 7 stops that exercise for today, and the session goes on', async ({
  page,
  expectNoAxeViolations,
}) => {
  const app = new AppPage(page);
  const plan = new PlanScreens(page);
  await app.open('/plan/session');
  await expect(page.getByRole('heading', { name: 'Prone press-up' })).toBeVisible();
  await plan.answerSet('Moderate', 7);
  await page.getByRole('button', { name: 'Done: 8 reps' }).click();

  await expect(page.getByRole('heading', { name: 'Stop this exercise for today' })).toBeVisible();
  await expect(page.getByText(/Prone press-up: pain during reached 6\/10 or more/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Supported one-arm row' })).toBeVisible();
  await expectNoAxeViolations(page);
});
