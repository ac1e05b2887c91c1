import { test, expect } from './support/fixtures';
import { AppPage } from './support/app-page';
import { LogForm } from './support/log-form';
import { pdfPages } from './support/pdf-text';

test('the clinician report prints to one or two A4 pages with the spasms and medicines', async ({
  page,
  expectNoAxeViolations,
}) => {
  const app = new AppPage(page);
  const form = new LogForm(page);
  for (const [severity, activity] of [
    [5, 'Moving furniture'],
    [7, 'Gardening'],
  ] as const) {
    await app.open('/log/new');
    await form.tapSeverity(severity);
    await form.tapActivity(activity);
    await form.save();
    await expect(app.heading('Today')).toBeVisible();
  }
  await app.open('/medications');
  await page.getByRole('button', { name: 'Add a medicine' }).click();
  await page.getByLabel('Medicine name').fill('Atorvastatin');
  const threeWeeksAgo = new Date(Date.now() - 21 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel('Started on').fill(threeWeeksAgo);
  await page.getByRole('button', { name: 'Save medicine' }).click();
  await expect(app.heading('Atorvastatin')).toBeVisible();

  await app.open('/more');
  await page.getByRole('link', { name: 'Report for your clinician' }).click();
  await expect(app.heading('Report for your clinician')).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Steadyback report:/ })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  const pages = await pdfPages(await page.pdf({ format: 'A4', printBackground: true }));
  expect(pages.length).toBeGreaterThanOrEqual(1);
  expect(pages.length).toBeLessThanOrEqual(2);
  const text = pages.join(' ');
  expect(text).toContain('Steadyback report');
  expect(text).toContain('2 logged');
  expect(text).toContain('Moving furniture');
  expect(text).toContain('Gardening');
  expect(text).toContain('Atorvastatin');
  expect(text).not.toContain('Log spasm');
});
