import { test, expect } from './support/fixtures';
import { AppPage } from './support/app-page';
import { PlanScreens } from './support/plan-screens';

// docs/domain.md §5b rules 5-6: the plan's loads come only from the weights the person owns.
test('dumbbells 2-12 kg in setup, then edited: the plan’s loads come only from them', async ({
  page,
  expectNoAxeViolations,
}) => {
  test.setTimeout(90_000);
  const app = new AppPage(page);
  const plan = new PlanScreens(page);
  await page.setViewportSize({ width: 320, height: 640 });
  const owned = page.getByRole('group', { name: 'The weights you own' });
  const weights = owned.getByLabel(/Dumbbell weights \(kg/);
  const ladders = page.getByRole('region', { name: 'Toward your destination exercises' });

  await app.open('/plan/setup');
  await page
    .getByRole('radiogroup', { name: 'Training days a week' })
    .getByText('2', { exact: true })
    .click();
  await plan.tapTile('Equipment you have', 'Dumbbells');
  await owned.getByText('Pairs of fixed weights', { exact: true }).click();
  await weights.fill('2, 4, 6, 8, 10, 12');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
  await expectNoAxeViolations(page);
  await plan.saveSetup();
  await expect(page.getByRole('heading', { name: 'Step 2: your baseline week' })).toBeVisible();
  await expect(ladders).toContainText('Now: 2 × 10 at 4 kg');

  // Change them: odd weights only. A typo is kept, with its message, and nothing is saved.
  await app.open('/plan/setup');
  await expect(weights).toHaveValue('2, 4, 6, 8, 10, 12');
  await weights.fill('3, 5, seven');
  await plan.saveSetup();
  await expect(page.getByText(/Dumbbell weights: enter each weight in kg/)).toBeVisible();
  await expect(weights).toHaveValue('3, 5, seven');
  await weights.fill('3, 5, 7, 9, 11');
  await expect(page.getByRole('region', { name: 'Your plan after this change' })).toContainText(
    'Supported one-arm row: 2 × 10 at 3 kg',
  );
  await plan.saveSetup();
  await expect(ladders).toContainText('Now: 2 × 10 at 3 kg');
  await expect(page.getByText(/the weights you own updated/).first()).toBeVisible();
});
