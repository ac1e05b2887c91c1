import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

/** The same rule sets as fixtures.ts's expectNoAxeViolations. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

// axe-core as @axe-core/playwright itself loads it (the version it was built and tested with).
const axeSource = readFileSync(
  createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright')).resolve(
    'axe-core/axe.min.js',
  ),
  'utf8',
);

type AxeCheck = { id: string; message: string };
type AxeNode = { target: string[]; any: AxeCheck[]; none: AxeCheck[] };
type AxeResult = { id: string; help: string; nodes: AxeNode[] };
type AxeResults = { violations: AxeResult[]; incomplete: AxeResult[] };
type Axe = {
  run: (
    context: Document | { include: string[][] },
    options: { runOnly: { type: 'tag' | 'rule'; values: string[] } },
  ) => Promise<AxeResults>;
};

/**
 * axe's violations on the page as it is now, one line each (empty: none), with the same rules as
 * expectNoAxeViolations, and every result axe could not decide ("incomplete") that this check
 * could not decide either. axe is loaded once per document and run with axe.run, so a sweep that
 * moves between screens inside the app pays for loading it once instead of at every check
 * (AxeBuilder loads it again each time and opens a blank page to finish: about 5 times slower).
 *
 * What lands in "incomplete" here, and how each is decided:
 * - color-contrast on text under the sticky header, the fixed navigation or a toast ("overlapped
 *   by another element", or a wrong background that leaves short text such as a tile's "7"
 *   "too short to determine"): the element is scrolled to the middle of the screen, clear of
 *   them, and checked again; what stays undecided there is reported.
 * - color-contrast on a symbol ("only non-text characters": the set stepper's − and +): a
 *   graphic, not text, so WCAG 1.4.11 applies; its colour is measured against its background
 *   here and must reach 3:1.
 * - label-content-name-mismatch on a control whose visible content is such a symbol: WCAG 2.5.3
 *   concerns text labels, and a symbol has no words to match, so it passes; a control that
 *   shows letters or digits is reported.
 * Anything else axe leaves undecided is reported, so a new kind is looked at, not dropped.
 */
export async function axeViolations(page: Page, label = ''): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const found = await page.evaluate(async (values) => {
    const { axe } = window as unknown as { axe: Axe };
    const describe = (result: AxeResult, nodes: AxeNode[], why = '') =>
      `${result.id}: ${result.help}${why} (${nodes.map((n) => n.target.join(' ')).join(', ')})`;
    const results = await axe.run(document, { runOnly: { type: 'tag', values } });
    const problems = results.violations.map((result) => describe(result, result.nodes));

    const rgb = (colour: string) => (colour.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = (colour: string) => {
      const [r = 0, g = 0, b = 0] = rgb(colour).map((c) => {
        const v = c / 255;
        return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const backgroundOf = (el: Element) => {
      for (let at: Element | null = el; at; at = at.parentElement) {
        const background = getComputedStyle(at).backgroundColor;
        if ((rgb(background)[3] ?? 1) > 0) return background;
      }
      return getComputedStyle(document.documentElement).backgroundColor;
    };
    const symbolContrast = (el: Element) => {
      const [a, b] = [luminance(getComputedStyle(el).color), luminance(backgroundOf(el))];
      return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    };
    const elementOf = (node: AxeNode) => document.querySelector(node.target.join(' '));
    const says = (node: AxeNode, words: string) =>
      [...node.any, ...node.none].some((check) => check.message.includes(words));
    const scrolledFrom = window.scrollY;

    for (const result of results.incomplete) {
      for (const node of result.nodes) {
        const el = elementOf(node);
        const symbol = el !== null && !/[\p{L}\p{N}]/u.test(el.textContent);
        if (result.id === 'label-content-name-mismatch' && symbol) continue;
        if (result.id === 'color-contrast' && says(node, 'non-text characters') && el) {
          const ratio = symbolContrast(el);
          if (ratio < 3)
            problems.push(describe(result, [node], `: symbol at ${ratio.toFixed(2)}:1`));
          continue;
        }
        if (result.id !== 'color-contrast' || !el) {
          problems.push(describe(result, [node], ': axe could not decide'));
          continue;
        }
        // Clear of the bars, then again, this element alone.
        el.scrollIntoView({ block: 'center', behavior: 'instant' });
        const again = await axe.run(
          { include: [node.target] },
          { runOnly: { type: 'rule', values: ['color-contrast'] } },
        );
        for (const retried of [...again.violations, ...again.incomplete]) {
          const reason = retried.nodes[0]?.any[0]?.message ?? '';
          const open = again.incomplete.includes(retried)
            ? `: undecided in the clear, ${reason}`
            : '';
          problems.push(describe(retried, retried.nodes, open));
        }
      }
    }
    window.scrollTo({ top: scrolledFrom, behavior: 'instant' });
    return problems;
  }, AXE_TAGS);
  const where = `${label}${new URL(page.url()).pathname}`;
  return found.map((problem) => `${where}: ${problem}`);
}
