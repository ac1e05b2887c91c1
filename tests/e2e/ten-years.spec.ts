// Ten years of use (issue 20): the `npm run seed` diary restored once for this file, then the Log,
// the Plan, a trigger finding and the Patterns monthly chart read as someone with ten years would.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { activityName } from '../../src/domain/episodes/activity';
import { test, expect } from './support/fixtures';
import { restoreTenYears, tenYearSeedFile } from './support/ten-year-seed-file';

type SeedEpisode = { startedAt: string; activityId?: string; notes?: string; deletedAt?: string };
type SeedFile = {
  tables: {
    episodes: SeedEpisode[];
    activities: { id: string; name: string }[];
    checkins: { day: string }[];
  };
};

const pad = (n: number) => String(n).padStart(2, '0');
/** The local day and month of an instant, as the browser (same machine, same zone) sees them. */
const localDay = (instant: string | number) => {
  const d = new Date(instant);
  return `${String(d.getFullYear())}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};
const monthNumber = (day: string) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7));
const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const file = tenYearSeedFile();
const seed = JSON.parse(readFileSync(file, 'utf8')) as SeedFile;
const live = seed.tables.episodes.filter((e) => e.deletedAt === undefined);

/** The seed's first day: its check-ins run every day of the ten years. */
const firstDay = seed.tables.checkins.map((c) => c.day).reduce((a, b) => (a < b ? a : b));

// One restore for the whole file (about a minute of it): the tests share the page and its data.
test.describe.configure({ mode: 'serial' });
let context: BrowserContext;
let page: Page;
const foreign: string[] = [];

test.beforeAll(async ({ browser, baseURL }) => {
  // Restoring twenty thousand records through the Backup screen takes up to two minutes here.
  test.setTimeout(180_000);
  context = await browser.newContext({ baseURL });
  page = await context.newPage();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== new URL(baseURL ?? 'http://localhost').origin) foreign.push(request.url());
  });
  await restoreTenYears(page, file);
});

test.afterAll(async () => {
  await context.close();
  expect(foreign, 'requests to other origins').toEqual([]);
});

test('the Log finds a spasm from year 3 by its words and day', async () => {
  // Year 3 of the diary: from 730 to 1094 days after its first day.
  const [from, to] = [addDays(firstDay, 730), addDays(firstDay, 1094)];
  const spasm = live.find((e) => {
    const day = localDay(e.startedAt);
    return e.notes !== undefined && day >= from && day <= to;
  });
  if (!spasm?.notes) throw new Error('the seed has no spasm with a note in year 3');
  const day = localDay(spasm.startedAt);
  const sameDay = live.filter((e) => localDay(e.startedAt) === day && e.notes === spasm.notes);

  await page.goto('/log');
  await page.getByLabel('Words in the notes, activity or movement').fill(spasm.notes);
  await page.getByLabel('From (day)').fill(day);
  await page.getByLabel('To (day)').fill(day);
  await expect(page.getByRole('status')).toContainText(
    `Showing ${String(sameDay.length)} matching spasm`,
  );
  // Every date in the list names its year (docs: issue 20's date rule).
  await expect(
    page.getByRole('link', { name: new RegExp(`^Edit spasm of .*${day.slice(0, 4)}`) }),
  ).toHaveCount(sameDay.length);
});

test('the Log’s activity filter offers every activity a spasm ever began with', async () => {
  // The filter narrows spasms, so it offers the activities spasms began with (any year), by name.
  const used = [...new Set(live.flatMap((e) => (e.activityId ? [e.activityId] : [])))];
  const expected = used.map((id) => activityName(id, seed.tables.activities)).sort();
  // Ten years hold activities last used long before the newest page of the log.
  expect(expected.length).toBeGreaterThan(5);

  await page.goto('/log');
  const filter = page.getByLabel('Activity');
  await expect(filter.locator('option').first()).toHaveText('All activities', { timeout: 15_000 });
  const options = await filter.locator('option').allTextContents();
  expect(options[0]).toBe('All activities');
  expect(options.slice(1).sort()).toEqual(expected);
});

test('the Plan and a trigger finding each stay under 10,000 px tall', async () => {
  /** The page's full height once `ready` (a part drawn from the whole diary) shows. */
  const heightOf = async (path: string, ready: () => ReturnType<Page['getByRole']>) => {
    await page.goto(path);
    await expect(ready()).toBeVisible({ timeout: 15_000 });
    return page.evaluate(() => document.documentElement.scrollHeight);
  };
  const plan = await heightOf('/plan', () =>
    page.getByRole('link', { name: 'Change days, equipment or starting levels' }),
  );
  const finding = await heightOf('/patterns/activity/cat-floor-pickup', () =>
    page.getByRole('heading', { name: 'Spasms that began with it' }),
  );
  test
    .info()
    .annotations.push({ type: 'heights', description: `plan ${plan}, finding ${finding}` });
  expect(plan).toBeLessThan(10_000);
  expect(finding).toBeLessThan(10_000);
});

test('the monthly chart covers every month of the ten years, each a row of its table', async () => {
  const first = live.map((e) => localDay(e.startedAt)).reduce((a, b) => (a < b ? a : b));
  const months = monthNumber(localDay(Date.now())) - monthNumber(first) + 1;
  expect(months).toBeGreaterThanOrEqual(119);

  // A 320 px phone in the dark theme: the chart must fit and draw.
  await page.setViewportSize({ width: 320, height: 800 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/patterns');
  const figure = page.getByRole('figure', { name: /^Spasms per month over your whole diary/ });
  const canvas = figure.locator('canvas').first();
  await expect(canvas).toBeVisible({ timeout: 15_000 });
  const box = await canvas.boundingBox();
  expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
  expect((box?.x ?? 0) + (box?.width ?? Infinity)).toBeLessThanOrEqual(320);
  await figure.getByText('Spasms per month as a table').click();
  const rows = figure.getByRole('table', { name: /^Spasms per month/ }).locator('tbody tr');
  await expect(rows).toHaveCount(months);
});
