import { test, expect } from './support/fixtures';
import { AppPage } from './support/app-page';

test('the shell shows the app name, the Log spasm action and five sections', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('/');
  await expect(page.getByRole('banner')).toContainText('Steadyback');
  await expect(app.logSpasmAction()).toBeVisible();
  await expect(app.navigation().getByRole('link')).toHaveText(app.sections.map((s) => s.label));
});

test('every section is reachable from the bottom navigation, with Log spasm on each', async ({
  page,
  expectNoAxeViolations,
}) => {
  const app = new AppPage(page);
  await app.open('/more');
  for (const section of app.sections) {
    await app.navLink(section.label).click();
    await expect(page).toHaveURL(section.path);
    await expect(app.heading(section.heading)).toBeVisible();
    await expect(app.navLink(section.label)).toHaveAttribute('aria-current', 'page');
    await expect(app.logSpasmAction()).toBeVisible();
    await expectNoAxeViolations(page);
  }
});

test('a screen is never wider than the phone', async ({ page }) => {
  const app = new AppPage(page);
  for (const section of app.sections) {
    await app.open(section.path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `horizontal overflow on ${section.path}`).toBe(0);
  }
});

test('an unknown address says so and leads back to Today', async ({
  page,
  expectNoAxeViolations,
}) => {
  const app = new AppPage(page);
  await app.open('/no-such-screen');
  await expect(app.heading('Page not found')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Go to Today' }).click();
  await expect(app.heading('Today')).toBeVisible();
});

test('More shows whether the browser granted persistent storage', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('/more');
  const storage = page.getByRole('region', { name: 'Storage on this device' });
  await expect(storage).toContainText(/Persistent storage: (Granted|Not granted)/);
});
