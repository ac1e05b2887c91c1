import { test, expect } from './support/fixtures';
import { AppPage } from './support/app-page';
import { LogForm } from './support/log-form';
import { SafetyCheck } from './support/safety-check';

const pad = (n: number) => String(n).padStart(2, '0');
/** The local day `days` ago, as a date input wants it. */
function dayAgo(days: number): string {
  const date = new Date(Date.now() - days * 86_400_000);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

test('nothing urgent found: the reminder that the check cannot diagnose', async ({
  page,
  expectNoAxeViolations,
}) => {
  const app = new AppPage(page);
  const check = new SafetyCheck(page);
  await app.open('/safety-check');
  await expect(app.heading('Safety check')).toBeVisible();
  await expectNoAxeViolations(page);
  await check.answerAll();
  await check.seeResult();
  await expect(check.result('Nothing urgent found')).toBeInViewport();
  await expect(page.getByText(/This check can't diagnose/)).toBeVisible();
  await expect(page.getByRole('heading', { name: /: Nothing urgent found$/ })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('see a doctor soon: what to mention, kept until a visit is marked', async ({
  page,
  expectNoAxeViolations,
}) => {
  const app = new AppPage(page);
  const check = new SafetyCheck(page);
  await app.open('/safety-check');
  await check.answerAll(['Pain between your shoulder blades']);
  await check.seeResult();
  await expect(check.result('See a doctor soon')).toBeInViewport();
  await expect(page.getByText('Tell them about:')).toBeVisible();
  await expect(
    page.getByRole('listitem').filter({ hasText: /^Pain between your shoulder blades$/ }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // The result stays on Today until the person marks the visit.
  await app.navLink('Today').click();
  const card = page.getByRole('region', { name: 'See a doctor soon' });
  await expect(card).toContainText('Pain between your shoulder blades');
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(card).toBeVisible();
  await card.getByRole('button', { name: "I've seen a doctor" }).click();
  await expect(page.getByText('Marked as seen a doctor')).toBeVisible();
  await expect(card).toHaveCount(0);
  await app.open('/safety-check');
  await expect(page.getByText(/^Saw a doctor on/)).toBeVisible();
});

test('emergency: the advice is on screen without scrolling, even from the bottom of the form', async ({
  page,
  expectNoAxeViolations,
}) => {
  const app = new AppPage(page);
  const check = new SafetyCheck(page);
  await app.open('/safety-check');
  await check.answer('New numbness, tingling or weakness in both legs', 'Yes');
  await check.seeResult();
  await expect(check.result('Get emergency help now')).toBeInViewport();
  await expect(
    page.getByText(/^Call \d+ or go to the emergency department now\.$/),
  ).toBeInViewport();
  // The number is one tap away, on screen as well.
  await expect(page.getByRole('link', { name: /^Call \d+$/ })).toHaveAttribute('href', /^tel:\d+$/);
  await expect(check.result('Get emergency help now')).toBeFocused();
  await expectNoAxeViolations(page);
});

test('two bladder or bowel signs together give the emergency outcome', async ({ page }) => {
  const app = new AppPage(page);
  const check = new SafetyCheck(page);
  await app.open('/safety-check');
  await check.answer('Different feeling when you wipe after the toilet', 'Yes');
  await check.answer('Not feeling when your bladder is full or when you pee or poo', 'Yes');
  await check.seeResult();
  await expect(check.result('Get emergency help now')).toBeInViewport();
});

test('a severe spasm offers the safety check itself', async ({ page }) => {
  const app = new AppPage(page);
  const form = new LogForm(page);
  await app.open('/log/new');
  await form.tapSeverity(8);
  await form.save();
  await page.getByRole('link', { name: 'Take the safety check' }).click();
  await expect(app.heading('Safety check')).toBeVisible();
});

test('a statin started 3 weeks ago: the medicine page counts the spasms before and after', async ({
  page,
  expectNoAxeViolations,
}) => {
  // A long flow (setup, a session or a form and two screens): more than the default 30 s on CI.
  test.setTimeout(60_000);
  const app = new AppPage(page);
  const form = new LogForm(page);
  // One spasm 25 days ago (before the statin), two 10 and 5 days ago, one yesterday (after).
  for (const days of [25, 10, 5]) {
    await app.open('/log/new');
    await form.tapSeverity(5);
    await form.openMoreDetails();
    await page
      .getByRole('radiogroup', { name: 'When did it start?' })
      .getByText('Exact time')
      .click();
    await page.getByLabel('Date and time it started').fill(`${dayAgo(days)}T10:00`);
    await form.save();
    await expect(app.heading('Today')).toBeVisible();
  }
  await app.open('/log/new');
  await form.tapSeverity(4);
  await form.openMoreDetails();
  await page.getByRole('radiogroup', { name: 'When did it start?' }).getByText('Yesterday').click();
  await form.save();
  await expect(app.heading('Today')).toBeVisible();

  await app.open('/medications');
  await expect(app.heading('Medicines')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Add a medicine' }).click();
  await page.getByLabel('Medicine name').fill('Atorvastatin 20mg');
  await expect(page.getByText('On the list of medicines linked to cramps: Statin')).toBeVisible();
  await page.getByLabel('Started on').fill(dayAgo(21));
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Save medicine' }).click();

  await expect(app.heading('Atorvastatin 20mg')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Linked to cramps or muscle pain' })).toContainText(
    'Source:',
  );
  const note = page.getByRole('region', { name: 'Your spasms before and after' });
  await expect(note).toContainText('since you started Atorvastatin 20mg, you logged 3 spasms');
  await expect(note).toContainText('in the 4 weeks before, 1 spasm (0.3 a week)');
  await expect(note).toContainText('Talk to your prescriber');
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'All medicines' }).click();
  await expect(page.getByRole('link', { name: 'Atorvastatin 20mg' })).toBeVisible();
});
