// 320 px with the browser's text size doubled (issue 20): the severity tiles keep "10" whole, the
// header and tab bar stay small, and the skip link shows only when focused.
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { AppPage } from './support/app-page';
import { NORMAL_TEXT_PX, setBrowserTextSize } from './support/text-size';

test.use({ viewport: { width: 320, height: 640 } });

/** How many lines the element's text is laid out on. */
const lines = (page: Page, selector: string, text: string) =>
  page.evaluate(
    ([sel, wanted]) => {
      const el = [...document.querySelectorAll(sel)].find((e) => e.textContent.trim() === wanted);
      if (!el) return -1;
      const range = document.createRange();
      range.selectNodeContents(el);
      const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      return tops.size;
    },
    [selector, text] as const,
  );

test('at 320 px and 200 % text: "10" on one line, small bars, the skip link only when focused', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open('/log/new');
  await setBrowserTextSize(page, 2 * NORMAL_TEXT_PX);

  for (const value of ['10', '0', '7']) {
    expect(await lines(page, '.severity .tile label', value), `tile ${value}`).toBe(1);
  }
  const header = await page.locator('.app-header').boundingBox();
  const tabs = await page.getByRole('navigation', { name: 'Main' }).boundingBox();
  expect((header?.height ?? 999) + (tabs?.height ?? 999)).toBeLessThan(640 * 0.35);
  // The app name never breaks mid-word: one line, or out of the way when there is no room.
  const name = page.locator('.app-name');
  if (await name.isVisible()) expect(await lines(page, '.app-name', 'Steadyback')).toBe(1);
  await expect(page.getByRole('link', { name: 'Log spasm' })).toBeVisible();

  const skip = page.getByRole('link', { name: 'Skip to content' });
  const hidden = await skip.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const clipped = getComputedStyle(el).clipPath !== 'none';
    return clipped || box.bottom <= 0;
  });
  expect(hidden, 'skip link out of sight before focus').toBe(true);
  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  const shown = await skip.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return getComputedStyle(el).clipPath === 'none' && box.top >= 0 && box.height > 0;
  });
  expect(shown, 'skip link in sight once focused').toBe(true);

  await setBrowserTextSize(page, NORMAL_TEXT_PX);
  await expect(name).toBeVisible();
  expect(await lines(page, '.app-name', 'Steadyback')).toBe(1);
});
