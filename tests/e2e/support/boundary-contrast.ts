import type { Page } from '@playwright/test';

/** WCAG 1.4.11: what identifies a control needs 3:1 against the colours next to it. */
export const MIN_BOUNDARY_CONTRAST = 3;

/** How many controls were measured, and each one that failed, described. */
export type BoundaryReport = { measured: number; problems: string[] };

/**
 * Every visible form field and choice tile whose boundary does not stand out from what surrounds
 * it, described, with how many were measured (so a check that found nothing shows). Fields are text, date, number and file inputs, selects and
 * textareas; tiles are the labels drawn for visually hidden radios and checkboxes, and toggle
 * buttons (aria-pressed), and labels framed as tiles around a radio or checkbox. Native
 * checkboxes and radios themselves are drawn by the browser and left out.
 *
 * A control is identified by its border against the background around it or, when it is
 * filled, by its fill against that background: the better of the two must reach 3:1. A tile that
 * is chosen must also carry a mark (its ::after check), so the choice shows by more than colour.
 */
export async function weakBoundaries(page: Page): Promise<BoundaryReport> {
  return page.evaluate((min) => {
    const rgba = (colour: string) => {
      const match = /^rgba?\(([\d.]+), ([\d.]+), ([\d.]+)(?:, ([\d.]+))?\)$/.exec(colour);
      if (!match) return null;
      const [, r, g, b, alpha] = match;
      return [Number(r), Number(g), Number(b), alpha ? Number(alpha) : 1];
    };
    const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
      const [lr = 0, lg = 0, lb = 0] = [r, g, b].map((c) => {
        const v = c / 255;
        return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
    };
    const contrast = (a: number[], b: number[]) => {
      const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return ((high ?? 0) + 0.05) / ((low ?? 0) + 0.05);
    };
    const opaque = (colour: string) => {
      const value = rgba(colour);
      return value !== null && (value[3] ?? 1) > 0 ? value : null;
    };
    /** The first opaque background behind `el` (its ancestors'), else the page's. */
    const around = (el: Element) => {
      for (let block = el.parentElement; block; block = block.parentElement) {
        const background = opaque(getComputedStyle(block).backgroundColor);
        if (background) return background;
      }
      return opaque(getComputedStyle(document.documentElement).backgroundColor) ?? [255, 255, 255];
    };
    const describe = (el: Element) => {
      const text = (el.getAttribute('aria-label') ?? el.textContent).trim().replace(/\s+/g, ' ');
      const id = el.id ? `#${el.id}` : '';
      return `${el.tagName.toLowerCase()}${id} "${text.slice(0, 30)}" on ${location.pathname}`;
    };

    const fields = [
      ...document.querySelectorAll<HTMLElement>(
        'input:not([type="hidden"], [type="checkbox"], [type="radio"]), select, textarea',
      ),
    ];
    const hiddenChoices = [
      ...document.querySelectorAll<HTMLInputElement>('input[type="radio"], input[type="checkbox"]'),
    ].filter((input) => getComputedStyle(input).opacity === '0');
    const tiles = hiddenChoices.flatMap((input) => {
      const label = input.labels?.[0];
      return label ? [{ tile: label, chosen: input.checked }] : [];
    });
    // A label drawn as a tile around a radio or checkbox that shows (the safety check's Yes and
    // No): the browser's own mark shows the choice, but the tile is what reads as the control.
    const framed = [...document.querySelectorAll<HTMLElement>('label')].filter(
      (label) =>
        label.querySelector('input[type="radio"], input[type="checkbox"]') !== null &&
        getComputedStyle(label).borderTopStyle !== 'none',
    );
    const toggles = [...document.querySelectorAll<HTMLElement>('button[aria-pressed]')].map(
      (button) => ({ tile: button, chosen: button.getAttribute('aria-pressed') === 'true' }),
    );

    const problems: string[] = [];
    let measured = 0;
    const measure = (el: HTMLElement) => {
      if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) return;
      measured += 1;
      const style = getComputedStyle(el);
      const outside = around(el);
      const fill = opaque(style.backgroundColor) ?? outside;
      const sides = (['Top', 'Right', 'Bottom', 'Left'] as const).filter(
        (side) =>
          parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) >= 1 &&
          !['none', 'hidden'].includes(
            style.getPropertyValue(`border-${side.toLowerCase()}-style`),
          ),
      );
      const borders = sides.map((side) =>
        opaque(style.getPropertyValue(`border-${side.toLowerCase()}-color`)),
      );
      if (borders.includes(null) && sides.length > 0) {
        problems.push(`${describe(el)}: border colour ${style.borderColor} cannot be measured`);
        return;
      }
      // A border only counts where it goes all the way round.
      const border =
        sides.length === 4
          ? Math.min(...borders.map((colour) => contrast(colour ?? fill, outside)))
          : 0;
      const ratio = Math.max(border, contrast(fill, outside));
      if (ratio < min - 0.005) {
        problems.push(`${describe(el)}: boundary ${ratio.toFixed(2)}:1 (${style.borderColor})`);
      }
    };
    for (const field of [...fields, ...framed]) measure(field);
    for (const { tile, chosen } of [...tiles, ...toggles]) {
      measure(tile);
      const mark = getComputedStyle(tile, '::after').content;
      const marked = mark !== 'none' && mark !== 'normal' && mark !== '""';
      if (chosen && !marked) problems.push(`${describe(tile)}: chosen, shown by colour alone`);
      if (!chosen && marked) problems.push(`${describe(tile)}: marked chosen but is not`);
    }
    return { measured, problems };
  }, MIN_BOUNDARY_CONTRAST);
}
