import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** A screen of the app: its address and the h1 that proves it opened (not "not found"). */
export type Screen = { path: string; heading: string | RegExp };

/** The route patterns declared in src/app/app-routes.tsx ("/" for the index route). */
export function declaredRoutes(): string[] {
  const source = readFileSync(new URL('../../../src/app/app-routes.tsx', import.meta.url), 'utf8');
  const paths = [...source.matchAll(/<Route\s+path="([^"]+)"/g)].map((m) => `/${m[1] ?? ''}`);
  return source.includes('<Route index') ? ['/', ...paths] : paths;
}

/** Whether `path` is an address the route `pattern` (":id" segments, "*" splat) answers. */
export function routeMatches(pattern: string, path: string): boolean {
  const regex = pattern
    .split('/')
    .map((part) => (part === '*' ? '.+' : part.startsWith(':') ? '[^/]+' : part))
    .join('/');
  return new RegExp(`^${regex}$`).test(path);
}

/** Waits for `screen`'s h1 and for its data (no "Loading…" left). */
async function expectScreen(page: Page, screen: Screen) {
  await expect(page.getByRole('heading', { level: 1, name: screen.heading })).toBeVisible();
  await expect(page.locator('main p[role="status"].muted')).toHaveCount(0);
}

/** Opens `screen` with a full load and waits until its data has loaded. */
export async function openScreen(page: Page, screen: Screen) {
  await page.goto(screen.path);
  await expectScreen(page, screen);
}

/**
 * Moves to `screen` inside the running app, as its links do (history push, which the router
 * follows), so a sweep over every screen doesn't reload the app each time.
 */
export async function visitScreen(page: Page, screen: Screen) {
  await page.evaluate((path) => {
    window.history.pushState(null, '', path);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, screen.path);
  await expect(page).toHaveURL(screen.path);
  await expectScreen(page, screen);
}

/**
 * Waits two frames. After a resize or a text-size change the page reacts in the frame that lays
 * it out (ResizeObserver: a table that no longer fits becomes a focusable region) and shows that
 * in the next; nobody could act on it sooner.
 */
export async function nextFrames(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        requestAnimationFrame(() => {
          requestAnimationFrame(() => {
            resolve();
          });
        });
      }),
  );
}

/** Opens every disclosure, so the controls inside are checked too. */
export async function openAllDisclosures(page: Page) {
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  });
}

/**
 * Whether the page is wider than the screen, with the elements that stick out (empty: none).
 * Measured against the layout viewport (clientWidth): on a phone (isMobile) the browser zooms
 * out to fit a page that is too wide, so window.innerWidth grows with it and hides the overflow.
 */
export async function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth <= width) return [];
    // The fixed bars follow the zoomed-out window, so they stick out only as a consequence.
    const outside = [...document.querySelectorAll('main *, header *')]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5)
      .filter((el) => !el.parentElement || el.parentElement.getBoundingClientRect().right <= width)
      .slice(0, 5)
      .map((el) => {
        const text = el.textContent.trim().replace(/\s+/g, ' ').slice(0, 40);
        return `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} "${text}"`;
      });
    return [`page ${String(scrollWidth)}px wide in a ${String(width)}px window`, ...outside];
  });
}

/**
 * How much of the screen's height the bars that stay put (sticky header, fixed navigation) hide
 * once the page is scrolled, when that is more than `most` (empty: fine). With large text on a
 * small screen such bars can fill it and leave nothing to read (WCAG 1.4.10, 2.4.11). Messages
 * that come and go (toasts, role status) are left out.
 */
export async function barsCover(page: Page, most = 0.5): Promise<string[]> {
  return page.evaluate(async (share) => {
    const from = window.scrollY;
    window.scrollTo({ top: from + 300, behavior: 'instant' });
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const height = document.documentElement.clientHeight;
    const bars = [...document.querySelectorAll('body *')].filter(
      (el) =>
        ['fixed', 'sticky'].includes(getComputedStyle(el).position) &&
        !el.closest('[role="status"], [role="alert"]') &&
        el.checkVisibility(),
    );
    // The rows of the screen under any bar (bars inside bars count once).
    const covered = new Array<boolean>(height).fill(false);
    for (const bar of bars) {
      const box = bar.getBoundingClientRect();
      for (let y = Math.max(0, Math.floor(box.top)); y < Math.min(height, box.bottom); y++) {
        covered[y] = true;
      }
    }
    window.scrollTo({ top: from, behavior: 'instant' });
    const hidden = covered.filter(Boolean).length / height;
    if (hidden <= share) return [];
    const names = bars.map((bar) => [bar.tagName.toLowerCase(), ...bar.classList].join('.'));
    return [
      `${names.join(', ')} hide ${String(Math.round(hidden * 100))} % of the screen on ${location.pathname}`,
    ];
  }, most);
}

/** The CSS px a touch target must reach in each direction (WCAG 2.5.5, and Android/iOS guidance). */
export const MIN_TARGET = 44;

/**
 * Every visible control smaller than MIN_TARGET x MIN_TARGET CSS px, described (empty: none).
 *
 * A radio or checkbox is measured by the label that shows it (the tile, or a label wrapping the
 * input), since that is what a thumb presses. The one exception, WCAG 2.5.8's "inline" case kept
 * narrow: a link laid out inline whose block also holds other words, i.e. a link inside a
 * sentence, whose height the line of text sets. A link standing on its own must still be 44 px.
 */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const controls = document.querySelectorAll<HTMLElement>(
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])',
    );
    const describe = (el: Element) => {
      const text = (el.getAttribute('aria-label') ?? el.textContent).trim();
      return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${text.replace(/\s+/g, ' ').slice(0, 50)}"`;
    };
    const blockOf = (el: Element) => {
      let block = el.parentElement;
      while (block && getComputedStyle(block).display.startsWith('inline')) {
        block = block.parentElement;
      }
      return block;
    };
    const inSentence = (el: HTMLElement) => {
      if (el.tagName !== 'A' || getComputedStyle(el).display !== 'inline') return false;
      const block = blockOf(el);
      if (!block) return false;
      const own = el.textContent.trim();
      const rest = block.textContent.replace(own, '');
      return /[A-Za-z0-9]/.test(rest);
    };
    const targetOf = (el: HTMLElement): HTMLElement => {
      if (el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox')) {
        const wrapping = el.closest('label');
        if (wrapping) return wrapping;
        const label = el.labels?.[0];
        if (label && getComputedStyle(el).opacity === '0') return label;
      }
      return el;
    };
    const seen = new Set<HTMLElement>();
    const problems: string[] = [];
    for (const el of controls) {
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      if (el.closest('[aria-hidden="true"], [inert]')) continue;
      const target = targetOf(el);
      if (seen.has(target)) continue;
      seen.add(target);
      const box = target.getBoundingClientRect();
      // Zero-size, or above the top of the page (the skip link until it is focused).
      if (box.width === 0 || box.height === 0 || box.bottom + window.scrollY <= 0) continue;
      if (inSentence(el)) continue;
      if (box.width < min - 0.01 || box.height < min - 0.01) {
        problems.push(
          `${describe(target)} is ${box.width.toFixed(1)}x${box.height.toFixed(1)} on ${location.pathname}`,
        );
      }
    }
    return problems;
  }, MIN_TARGET);
}

/** What the focused element is, and whether a focus indicator shows on it (or on its tile). */
export type FocusStop = {
  key: string;
  name: string;
  tag: string;
  indicator: boolean;
  /** The focus ring's lowest contrast with what surrounds it (null: no ring, or off screen). */
  ringContrast: number | null;
  /** What covers the focused control entirely (a sticky bar, a toast), or null when it shows. */
  obscured: string | null;
};

/** Reads the focused element: its identity, its focus indicator and whether a fixed bar hides it. */
export async function focusStop(page: Page): Promise<FocusStop | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement) || el === document.body) return null;
    // Tiles hide the native input and draw the focus ring on its label.
    const hidden = getComputedStyle(el).opacity === '0';
    const label = el instanceof HTMLInputElement ? el.labels?.[0] : undefined;
    const shown = hidden && label ? label : el;
    const style = getComputedStyle(shown);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    // A date or time input stays the focused element while Tab moves through its parts, but at
    // its calendar button it matches only :focus-within (styles.css rings it on that).
    const dateParts = /^(date|datetime-local|time)$/.test(el.getAttribute('type') ?? '');
    const indicator = el.matches(dateParts ? ':focus-within' : ':focus-visible') && outline;
    // Covered when no part of it shows: every line box of it lies under something else.
    const root = document.documentElement;
    const covers = [...shown.getClientRects()].map((box) => {
      const x = Math.min(Math.max(box.left + box.width / 2, 0), root.clientWidth - 1);
      const y = Math.min(Math.max(box.top + box.height / 2, 0), root.clientHeight - 1);
      const top = document.elementFromPoint(x, y);
      return top === null || shown.contains(top) || el.contains(top) || top === label ? null : top;
    });
    const cover = covers.every((top) => top !== null) ? covers[0] : null;
    const obscured = cover ? [cover.tagName.toLowerCase(), ...cover.classList].join('.') : null;
    // The ring against what is behind it, just outside each side of the box (WCAG 1.4.11: 3:1).
    const rgb = (colour: string) => (colour.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = (colour: string) => {
      const [r = 0, g = 0, b = 0] = rgb(colour).map((c) => {
        const v = c / 255;
        return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const backdropAt = (x: number, y: number) => {
      for (const under of document.elementsFromPoint(x, y)) {
        if (shown.contains(under) || el.contains(under)) continue;
        const background = getComputedStyle(under).backgroundColor;
        if ((rgb(background)[3] ?? 1) > 0) return background;
      }
      return getComputedStyle(root).backgroundColor;
    };
    const ring = luminance(style.outlineColor);
    const out = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth) / 2;
    const box = shown.getBoundingClientRect();
    // Each side: a point on its ring, and a point just inside the box's edge there.
    const midX = box.left + box.width / 2;
    const midY = box.top + box.height / 2;
    const onScreen = ([x = -1, y = -1]: number[]) =>
      x >= 0 && y >= 0 && x < root.clientWidth && y < root.clientHeight;
    // A side whose edge lies under a bar that stays on screen (the sticky header, the fixed
    // navigation) has its ring hidden by the bar, not drawn against it: only the sides that show
    // are measured. Whether the bars hide the control itself is `obscured` (WCAG 2.4.11). A scroll
    // region taller than the phone's screen, focused, has its top edge under the header.
    const underBar = ([x = 0, y = 0]: number[]) => {
      for (let at = document.elementFromPoint(x, y); at && at !== root; at = at.parentElement) {
        if (at === shown || at.contains(shown) || shown.contains(at)) return false;
        if (/^(fixed|sticky)$/.test(getComputedStyle(at).position)) return true;
      }
      return false;
    };
    const sides = [
      [
        [box.left - out, midY],
        [box.left + 1, midY],
      ],
      [
        [box.right + out, midY],
        [box.right - 1, midY],
      ],
      [
        [midX, box.top - out],
        [midX, box.top + 1],
      ],
      [
        [midX, box.bottom + out],
        [midX, box.bottom - 1],
      ],
    ]
      .filter(([ring = [], edge = []]) => onScreen(ring) && !(onScreen(edge) && underBar(edge)))
      .map(([ring = []]) => ring);
    const contrasts = sides.map(([x = 0, y = 0]) => {
      const behind = luminance(backdropAt(x, y));
      return (Math.max(ring, behind) + 0.05) / (Math.min(ring, behind) + 0.05);
    });
    el.dataset.focusKey ??= String(Math.random());
    const text = el.getAttribute('aria-label') ?? label?.textContent ?? el.textContent;
    return {
      key: el.dataset.focusKey,
      name: text.trim().replace(/\s+/g, ' ').slice(0, 50),
      tag: el.tagName.toLowerCase(),
      indicator,
      ringContrast: indicator && contrasts.length > 0 ? Math.min(...contrasts) : null,
      obscured,
    };
  });
}

/**
 * Presses Tab through every focusable control until focus comes back round to one already
 * seen, and returns each control that showed no focus indicator or sat under a fixed bar.
 */
export async function tabThrough(page: Page, limit = 200): Promise<string[]> {
  try {
    return await walkTabOrder(page, limit);
  } finally {
    // The walk ends back on the first control, the skip link, which shows over the header while
    // focused: let go, so the checks after it see the screen at rest.
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
    });
  }
}

async function walkTabOrder(page: Page, limit: number): Promise<string[]> {
  const seen = new Set<string>();
  const problems: string[] = [];
  const where = new URL(page.url()).pathname;
  let outside = 0;
  let previous = '';
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    const stop = await focusStop(page);
    // Past the last control focus leaves the page for a press, then starts again at the top.
    if (stop === null) {
      outside += 1;
      if (outside > 2) break;
      continue;
    }
    outside = 0;
    // A date or time input takes one Tab per part (day, month, hours...): one control.
    if (stop.key === previous) continue;
    previous = stop.key;
    if (seen.has(stop.key)) return problems;
    seen.add(stop.key);
    if (!stop.indicator) problems.push(`no visible focus on ${stop.tag} "${stop.name}" (${where})`);
    if (stop.ringContrast !== null && stop.ringContrast < 3) {
      const ratio = stop.ringContrast.toFixed(2);
      problems.push(`focus ring on ${stop.tag} "${stop.name}" at ${ratio}:1 (${where})`);
    }
    if (stop.obscured !== null) {
      problems.push(`${stop.tag} "${stop.name}" hidden under ${stop.obscured} (${where})`);
    }
  }
  problems.push(`Tab never came back round on ${where} after ${String(limit)} presses`);
  return problems;
}

/** Elements with a CSS transition or animation longer than 0.01 s that would actually run. */
export async function movingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const seconds = (value: string) =>
      Math.max(
        ...value.split(',').map((part) => parseFloat(part) * (part.includes('ms') ? 0.001 : 1)),
      );
    const moving: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      const style = getComputedStyle(el);
      const transition =
        style.transitionProperty !== 'none' && seconds(style.transitionDuration) > 0.01;
      const animation = style.animationName !== 'none' && seconds(style.animationDuration) > 0.01;
      if (transition || animation) {
        const name = (node: Element) => [node.tagName.toLowerCase(), ...node.classList].join('.');
        const parent = el.parentElement;
        const path =
          el.classList.length === 0 && parent ? `${name(parent)} > ${name(el)}` : name(el);
        moving.push(
          `${path}: transition ${style.transitionDuration}, animation ${style.animationName} ${style.animationDuration}`,
        );
      }
    }
    if (getComputedStyle(document.documentElement).scrollBehavior === 'smooth') {
      moving.push('html: scroll-behavior smooth');
    }
    return moving;
  });
}
