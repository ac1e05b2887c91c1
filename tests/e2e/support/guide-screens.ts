import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Taps tile `value` in the 0-10 group whose legend matches `group`. */
export async function tapTile(page: Page, group: RegExp, value: number) {
  await page
    .getByRole('radiogroup', { name: group })
    .getByText(String(value), { exact: true })
    .click();
}

/** The screen fits a 320px-wide phone without sideways scrolling; the viewport is put back. */
export async function expectNoSidewaysScroll(page: Page) {
  const before = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 700 });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `sideways scroll at 320px on ${page.url()}`).toBeLessThanOrEqual(0);
  if (before) await page.setViewportSize(before);
}
