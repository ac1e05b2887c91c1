import { test, expect } from './support/fixtures';
import { pdfPages } from './support/pdf-text';
import { restoreTenYears, tenYearSeedFile } from './support/ten-year-seed-file';
import type { Page } from '@playwright/test';

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?';
// A date names its year whether the locale writes "25 Nov 2026" or "Nov 25, 2026".
const DATED = new RegExp(`\\b${MONTH}(?:\\s+\\d{1,2},?)?\\s+\\d{4}\\b`, 'g');
const ANY_MONTH = new RegExp(`\\b${MONTH}(?:\\s+\\d{1,2}\\b)?`, 'g');

/** Each month name in `text` not followed by a year, with what follows it. */
function datesWithoutYear(text: string): string[] {
  const withYear = text.replace(DATED, '');
  return [...withYear.matchAll(ANY_MONTH)].map((m) => withYear.slice(m.index, m.index + 24));
}

async function printTwelveMonths(page: Page) {
  await page.goto('/report');
  await page.getByLabel('Period', { exact: true }).selectOption({ label: 'Last 12 months' });
  await expect(page.getByRole('heading', { name: 'Trigger findings' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  return pdfPages(await page.pdf({ format: 'A4', printBackground: true }));
}

test('twelve months of ten years print on two A4 pages, every date with its year, the all-time trigger included', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await restoreTenYears(page, tenYearSeedFile());

  const pages = await printTwelveMonths(page);
  test.info().annotations.push({ type: 'A4 pages', description: String(pages.length) });
  expect(pages.length).toBeGreaterThanOrEqual(1);
  expect(pages.length).toBeLessThanOrEqual(2);
  const text = pages.join(' ');
  expect(text).toContain('Steadyback report');
  // The planted trigger shows over all ten years, whatever the twelve months alone would say.
  expect(text).toMatch(/Picking something up from the floor: Likely trigger/i);
  expect(text).toMatch(/From all records since \S+/);
  for (const heading of [
    'Pain and ratings by month',
    'Exercise plan',
    'Flare periods',
    'Beliefs and experiments',
    'Safety checks',
    'Medicines',
  ]) {
    expect(text).toContain(heading);
  }
  expect(text.match(DATED)?.length ?? 0).toBeGreaterThan(12);
  expect(datesWithoutYear(text)).toEqual([]);

  // Printed from the dark theme, the paper is still white with black text.
  await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  const colours = await page.evaluate(() => {
    const report = document.querySelector('.report');
    return {
      body: getComputedStyle(document.body).backgroundColor,
      text: report ? getComputedStyle(report).color : '',
    };
  });
  expect(colours).toEqual({ body: 'rgb(255, 255, 255)', text: 'rgb(0, 0, 0)' });
  const dark = await pdfPages(await page.pdf({ format: 'A4', printBackground: true }));
  expect(dark.length).toBeLessThanOrEqual(2);
});
