import type { CDPSession, Page } from '@playwright/test';
import { nextFrames } from './a11y-checks';

/** Chromium's default font size, which its text-size setting changes: 16 px out of the box. */
export const NORMAL_TEXT_PX = 16;

// One DevTools session per page: the font size set through it lasts only while it is attached.
const sessions = new WeakMap<Page, CDPSession>();

/**
 * Sets the browser's own default font size, as a person's text-size setting does (DevTools
 * protocol, Page.setFontSizes). Unlike overriding the page's root font size, this leaves the
 * app's CSS alone, so a root or element font size in px would not grow, and the check shows it.
 */
export async function setBrowserTextSize(page: Page, px: number) {
  let cdp = sessions.get(page);
  if (!cdp) {
    cdp = await page.context().newCDPSession(page);
    sessions.set(page, cdp);
  }
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: px } });
  await nextFrames(page);
}

/** Notes the font size of every element on the screen that holds text, to compare later. */
export async function noteTextSizes(page: Page) {
  await page.evaluate(() => {
    // The body always, text or not: what every rem and em on the page starts from.
    const sizes = new Map<Element, number>([
      [document.body, parseFloat(getComputedStyle(document.body).fontSize)],
    ]);
    for (const el of document.querySelectorAll('body *')) {
      const text = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim());
      if (text) sizes.set(el, parseFloat(getComputedStyle(el).fontSize));
    }
    (window as unknown as { textSizes: Map<Element, number> }).textSizes = sizes;
  });
}

/**
 * Each element noted by noteTextSizes (the body among them) whose text did not grow `by` times,
 * within 5 %, described (empty: all text scaled).
 */
export async function unscaledText(page: Page, by: number): Promise<string[]> {
  return page.evaluate((factor) => {
    const { textSizes } = window as unknown as { textSizes: Map<Element, number> };
    const problems: string[] = [];
    if (textSizes.size < 2) problems.push(`no text noted on ${location.pathname}`);
    for (const [el, before] of textSizes) {
      if (!el.isConnected) continue;
      const after = parseFloat(getComputedStyle(el).fontSize);
      if (Math.abs(after / before - factor) <= factor * 0.05) continue;
      const name = [el.tagName.toLowerCase(), ...el.classList].join('.');
      const text = el.textContent.trim().replace(/\s+/g, ' ').slice(0, 30);
      problems.push(`${name} "${text}" went from ${String(before)} to ${String(after)} px`);
    }
    return problems.slice(0, 10);
  }, by);
}
