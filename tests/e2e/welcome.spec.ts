import { test, expect } from './support/fixtures';
import { AppPage } from './support/app-page';

test('first use: the introduction from Today, answers kept, then the plan setup', async ({
  page,
  expectNoAxeViolations,
}) => {
  const app = new AppPage(page);
  await app.open('/');
  const card = page.getByRole('region', { name: 'New to Steadyback?' });
  await expect(card).toBeVisible();
  await expectNoAxeViolations(page);
  await card.getByRole('link', { name: 'Start' }).click();

  await expect(page.getByRole('heading', { name: 'Where you are heading' })).toBeVisible();
  await expectNoAxeViolations(page);
  const next = page.getByRole('button', { name: 'Next' });
  await next.click();
  await next.click();
  await next.click();
  await page.getByText('Gardening', { exact: true }).click();
  await expectNoAxeViolations(page);
  await next.click();
  await page.getByLabel('Hard activity 1').fill('Lifting a case of water');
  await expectNoAxeViolations(page);
  await next.click();
  await page.getByRole('button', { name: 'Later: go to Today' }).click();

  await expect(app.heading('Today')).toBeVisible();
  await expect(card).toHaveCount(0);
});

test('why spasms keep coming back links each reason to the part of the app that answers it', async ({
  page,
  expectNoAxeViolations,
}) => {
  const app = new AppPage(page);
  await app.open('/more');
  await page.getByRole('link', { name: 'Why do my spasms keep coming back?' }).click();
  await expect(app.heading('Why do my spasms keep coming back?')).toBeVisible();
  await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(5);
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Take the safety check' }).click();
  await expect(app.heading('Safety check')).toBeVisible();
});
