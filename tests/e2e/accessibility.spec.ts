// Issue 9, accessibility: axe on every route and in-place dialog in light and dark, keyboard-only
// logging with a visible focus, no sideways scroll at 320 px and 200 % text, 44 px targets,
// reduced motion, and text alternatives for the charts.
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { AppPage } from './support/app-page';
import { LogForm } from './support/log-form';
import { SafetyCheck } from './support/safety-check';
import { PlanScreens } from './support/plan-screens';
import {
  barsCover,
  declaredRoutes,
  focusStop,
  movingElements,
  nextFrames,
  openAllDisclosures,
  openScreen,
  routeMatches,
  visitScreen,
  sidewaysOverflow,
  smallTargets,
  tabThrough,
  type Screen,
} from './support/a11y-checks';
import { localDayAgo, restoreSeed, SEED_IDS } from './support/a11y-seed';
import { axeViolations } from './support/axe-check';
import { weakBoundaries } from './support/boundary-contrast';
import {
  noteTextSizes,
  NORMAL_TEXT_PX,
  setBrowserTextSize,
  unscaledText,
} from './support/text-size';

// Independent tests, each with its own page and data: spread them over both workers.
test.describe.configure({ mode: 'parallel' });

/** Every route of src/app/app-routes.tsx, as a person would open it once the seed is restored. */
function screens(): Screen[] {
  return [
    { path: '/', heading: 'Today' },
    { path: '/log', heading: 'Spasm log' },
    { path: '/log/new', heading: 'Log a spasm' },
    { path: `/log/${SEED_IDS.episode}/edit`, heading: 'Edit spasm' },
    { path: '/plan', heading: 'Exercise plan' },
    { path: '/plan/setup', heading: /^(Set up|Change) your plan$/ },
    { path: '/plan/session', heading: "Today's session" },
    { path: '/plan/path', heading: 'Your path' },
    { path: '/plan/exercise/one-arm-row', heading: 'Supported one-arm row' },
    { path: '/patterns', heading: 'Patterns' },
    {
      path: `/patterns/activity/${SEED_IDS.trigger}`,
      heading: 'Picking something up from the floor',
    },
    { path: '/patterns/movement/bending-forward', heading: 'Bending forward' },
    { path: '/checkin', heading: /check-in/i },
    { path: `/checkin/${localDayAgo(Date.now(), 1)}`, heading: /check-in/i },
    { path: '/more', heading: 'More' },
    { path: '/seek-care', heading: 'When to seek care' },
    { path: '/backup', heading: 'Back up and restore' },
    { path: '/report', heading: 'Report for your clinician' },
    { path: '/welcome', heading: 'Welcome to Steadyback' },
    { path: '/why', heading: 'Why do my spasms keep coming back?' },
    { path: '/safety-check', heading: 'Safety check' },
    { path: '/medications', heading: 'Medicines' },
    { path: `/medications/${SEED_IDS.medication}`, heading: 'Atorvastatin' },
    { path: '/beliefs', heading: 'Beliefs journal' },
    { path: '/beliefs/experiments', heading: 'Experiments' },
    { path: `/beliefs/${SEED_IDS.belief}`, heading: 'Bending will damage my back' },
    { path: '/outcomes', heading: 'Weekly check' },
    { path: '/settings', heading: 'Settings' },
    { path: '/no-such-screen', heading: 'Page not found' },
  ];
}

/** The screens that show an empty state before anything is logged. */
const emptyScreens: Screen[] = [
  { path: '/', heading: 'Today' },
  { path: '/log', heading: 'Spasm log' },
  { path: '/plan', heading: 'Exercise plan' },
  { path: '/plan/session', heading: "Today's session" },
  { path: '/patterns', heading: 'Patterns' },
  { path: '/medications', heading: 'Medicines' },
  { path: '/beliefs', heading: 'Beliefs journal' },
  { path: '/beliefs/experiments', heading: 'Experiments' },
  { path: '/outcomes', heading: 'Weekly check' },
  { path: '/report', heading: 'Report for your clinician' },
];

test('every route in app-routes.tsx is checked here', () => {
  const paths = screens().map((s) => s.path);
  const unchecked = declaredRoutes().filter((route) => !paths.some((p) => routeMatches(route, p)));
  expect(unchecked, 'routes with no screen in accessibility.spec.ts').toEqual([]);
});

/** The focused control shows a focus indicator and no bar covers it. */
async function expectVisibleFocus(page: Page, name?: string | RegExp) {
  const stop = await focusStop(page);
  expect(stop, 'something has focus').not.toBeNull();
  if (name !== undefined) expect(stop?.name).toMatch(name);
  expect(stop?.indicator, `focus indicator on ${stop?.tag ?? ''} "${stop?.name ?? ''}"`).toBe(true);
  expect(stop?.ringContrast, 'focus ring contrast').toBeGreaterThanOrEqual(3);
  expect(stop?.obscured, `what covers "${stop?.name ?? ''}"`).toBeNull();
}

/** Presses Tab (or Shift+Tab) until the focused control's name matches, checking each stop. */
async function tabTo(page: Page, name: RegExp, key: 'Tab' | 'Shift+Tab' = 'Tab') {
  for (let presses = 0; presses < 60; presses++) {
    await page.keyboard.press(key);
    const stop = await focusStop(page);
    if (stop === null) continue;
    expect(stop.indicator, `focus indicator on ${stop.tag} "${stop.name}"`).toBe(true);
    expect(stop.ringContrast, `focus ring contrast on "${stop.name}"`).toBeGreaterThanOrEqual(3);
    if (name.test(stop.name)) return;
  }
  throw new Error(`Tab never reached ${String(name)}`);
}

test('a spasm is logged with the keyboard alone, with a visible focus at every step', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open('/');
  await expect(page.getByText(/Nothing is logged yet/)).toBeVisible();

  // Tab 1 is the skip link, Tab 2 the Log spasm action in the header.
  await page.keyboard.press('Tab');
  await expectVisibleFocus(page, /^Skip to content$/);
  await page.keyboard.press('Tab');
  await expectVisibleFocus(page, /^Log spasm$/);
  await page.keyboard.press('Enter');
  await expect(app.heading('Log a spasm')).toBeVisible();

  // Into the severity tiles: Tab enters the group, the arrow keys choose.
  const severity = page.getByRole('radiogroup', { name: /How bad is it/ });
  await tabTo(page, /^0$/);
  await expect(severity.getByRole('radio', { name: '0', exact: true })).toBeFocused();
  for (let n = 0; n < 6; n++) await page.keyboard.press('ArrowRight');
  await expectVisibleFocus(page, /^6$/);
  await expect(severity.getByRole('radio', { name: '6', exact: true })).toBeChecked();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowRight');
  await expect(severity.getByRole('radio', { name: '6', exact: true })).toBeChecked();

  // An activity with Space, then on to Save.
  await tabTo(page, /^Gardening$/);
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Gardening' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await tabTo(page, /^Save$/);
  await page.keyboard.press('Enter');

  await expect(app.heading('Today')).toBeVisible();
  await expect(page.getByRole('status').getByText('Spasm logged')).toBeVisible();
  // Focus landed on the new screen's heading; Shift+Tab goes back round past the toast's Undo to
  // the main navigation's Log.
  await expect(app.heading('Today')).toBeFocused();
  await tabTo(page, /^Log$/, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(app.heading('Spasm log')).toBeVisible();
  const row = page.getByRole('listitem').filter({ hasText: 'severity 6' });
  await expect(row).toContainText('Gardening');
  await tabTo(page, /^Edit spasm of/);
  await expectVisibleFocus(page);
});

/**
 * Tabs to `opener`, opens its panel with `key` and expects focus on `inside` with a visible ring;
 * then tabs to `close` (Cancel), presses Enter and expects focus back on the opener.
 */
async function openAndCancel(page: Page, opener: RegExp, inside: Locator, key = 'Enter') {
  await tabTo(page, opener);
  await page.keyboard.press(key);
  await expect(inside).toBeFocused();
  await expectVisibleFocus(page);
  await tabTo(page, /^Cancel$/);
  await page.keyboard.press('Enter');
  await expect(inside).toHaveCount(0);
  await expectVisibleFocus(page, opener);
}

test('every panel that opens in place, by keyboard alone: focus goes in, and comes back out', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await restoreSeed(page);
  const field = (label: string) => page.getByLabel(label, { exact: true });
  const heading = (name: string) => page.getByRole('heading', { level: 2, name, exact: true });

  // Today: "It eased…" on the spasm still going. Saved, the card goes: focus to the screen title.
  await visitScreen(page, { path: '/', heading: 'Today' });
  await openAndCancel(page, /^It eased…$/, field('It eased at'), 'Space');
  await page.keyboard.press('Enter');
  await expect(field('It eased at')).toBeFocused();
  await tabTo(page, /^Save end time$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: /^Spasm still going/ })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeFocused();

  // The log: a new spasm, still going. Saved, "It eased…" goes: focus to the row's heading.
  await visitScreen(page, { path: '/log/new', heading: 'Log a spasm' });
  await new LogForm(page).tapSeverity(2);
  await new LogForm(page).save();
  await expect(page.getByRole('status').getByText('Spasm logged')).toBeVisible();
  await visitScreen(page, { path: '/log', heading: 'Spasm log' });
  await openAndCancel(page, /^It eased…$/, field('It eased at'));
  await page.keyboard.press('Enter');
  await tabTo(page, /^Save end time$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'It eased…' })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 3, name: /: severity 2 / })).toBeFocused();

  await visitScreen(page, { path: '/plan', heading: 'Exercise plan' });
  await openAndCancel(page, /^My back is flaring$/, field('Flaring since'));

  await visitScreen(page, { path: '/medications', heading: 'Medicines' });
  await openAndCancel(page, /^Add a medicine$/, heading('Add a medicine'));
  // Edit, then Save: back on Edit, with the facts shown again.
  await visitScreen(page, { path: `/medications/${SEED_IDS.medication}`, heading: 'Atorvastatin' });
  await openAndCancel(page, /^Edit$/, heading('Edit medicine'), 'Space');
  await page.keyboard.press('Enter');
  await tabTo(page, /^Save changes$/);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Changes saved')).toBeVisible();
  await expectVisibleFocus(page, /^Edit$/);

  await visitScreen(page, { path: '/beliefs', heading: 'Beliefs journal' });
  await openAndCancel(page, /^Write a journal entry$/, heading('New journal entry'));
  await visitScreen(page, { path: '/beliefs/experiments', heading: 'Experiments' });
  await openAndCancel(page, /^Plan an experiment$/, heading('Plan an experiment'));
  const actual = page.getByRole('radiogroup', { name: /How much pain did you have/ });
  await openAndCancel(
    page,
    /^Record how it went/,
    actual.getByRole('radio', { name: '0', exact: true }),
  );

  // The introduction: each step replaces the last, and focus goes to its heading, from where Tab
  // goes on through it to Next (which the last step replaces) or back to Back.
  await visitScreen(page, { path: '/welcome', heading: 'Welcome to Steadyback' });
  const steps = [
    'Where you are heading',
    'The path there',
    'Safety first',
    'What do you think sets your back off?',
    'What is hard for you now?',
    'Your exercise plan',
  ];
  for (const step of steps.slice(1)) {
    await tabTo(page, /^Next$/);
    await page.keyboard.press('Enter');
    await expect(heading(step)).toBeFocused();
    await expectVisibleFocus(page);
  }
  for (const step of steps.slice(0, -1).reverse()) {
    await tabTo(page, /^Back$/);
    await page.keyboard.press('Enter');
    await expect(heading(step)).toBeFocused();
  }
});

/**
 * Every check that needs no interaction, on the screen as it is now, collected as problems:
 * light scheme (axe, 44 px targets at 412 and 320 px, Tab through every control with a visible
 * focus, no sideways scroll at 320 px at normal and 200 % text), then the device's dark scheme
 * (axe, contrast included) with reduced motion (nothing moves).
 */
async function checkScreen(page: Page, screen: Screen, problems: string[], keyboard = true) {
  await visitScreen(page, screen);
  await openAllDisclosures(page);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveCSS('background-color', LIGHT_BG);
  problems.push(...(await axeViolations(page, 'light ')), ...(await smallTargets(page)));
  if (keyboard) problems.push(...(await tabThrough(page)));

  // At 320 px (and below, at 200 % text) tables scroll inside themselves: axe again there, for
  // one (scrollable-region-focusable: reachable by keyboard).
  await page.setViewportSize({ width: 320, height: 640 });
  await nextFrames(page);
  problems.push(...(await sidewaysOverflow(page)), ...(await smallTargets(page)));
  problems.push(...(await axeViolations(page, '320 px ')));
  // The browser's text size doubled, as a person would set it: all text must grow with it (every
  // font size in rem or em), and the screen still fit and keep its targets.
  await noteTextSizes(page);
  await setBrowserTextSize(page, 2 * NORMAL_TEXT_PX);
  problems.push(...(await unscaledText(page, 2)).map((p) => `at 200 % text: ${p}`));
  problems.push(...(await sidewaysOverflow(page)).map((p) => `at 200 % text: ${p}`));
  problems.push(...(await smallTargets(page)).map((p) => `at 200 % text: ${p}`));
  problems.push(...(await barsCover(page)).map((p) => `at 200 % text: ${p}`));
  // Every control still shows its focus, clear of the bars that grew with the text.
  if (keyboard) problems.push(...(await tabThrough(page)).map((p) => `at 200 % text: ${p}`));
  problems.push(...(await axeViolations(page, '320 px, 200 % text ')));
  await setBrowserTextSize(page, NORMAL_TEXT_PX);
  await page.setViewportSize(PHONE);

  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  await expect(page.locator('html')).toHaveCSS('background-color', DARK_BG);
  problems.push(...(await axeViolations(page, 'dark ')), ...(await movingElements(page)));
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
}

const LIGHT_BG = 'rgb(247, 245, 240)';
const DARK_BG = 'rgb(18, 23, 22)';
const PHONE = { width: 412, height: 915 };

test('before anything is logged: every empty screen, light and dark, 320 px and 200 % text', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.goto('/');
  const problems: string[] = [];
  // The empty states are made of the same controls as the full screens, whose Tab order the
  // tests below walk.
  for (const screen of emptyScreens) await checkScreen(page, screen, problems, false);
  expect(problems).toEqual([]);
});

// Four parts, spread over the workers, each well inside its time on a busy machine (every
// screen is walked by Tab twice: at 412 px and at 320 px with 200 % text).
const PARTS = 4;
const size = Math.ceil(screens().length / PARTS);
const parts = Array.from({ length: PARTS }, (_, i) => screens().slice(i * size, (i + 1) * size));
for (const [part, list] of parts.entries()) {
  test(`with a few weeks of use, screens part ${String(part + 1)}: light and dark, keyboard, 320 px and 200 % text`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await restoreSeed(page);
    const problems: string[] = [];
    for (const screen of list) await checkScreen(page, screen, problems);
    expect(problems).toEqual([]);
  });
}

// Two parts, for the same reason as above.
const darkParts = [screens().slice(0, size * 2), screens().slice(size * 2)];
for (const [part, list] of darkParts.entries()) {
  test(`the Dark theme setting on a light device, part ${String(part + 1)}: dark colours, axe and focus rings on every screen`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: 'light' });
    await restoreSeed(page);
    await openScreen(page, { path: '/settings', heading: 'Settings' });
    await page.getByLabel('Dark', { exact: true }).click();
    await expect(page.getByLabel('Dark', { exact: true })).toBeChecked();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const problems: string[] = [];
    for (const screen of list) {
      await visitScreen(page, screen);
      await openAllDisclosures(page);
      await expect(page.locator('html')).toHaveCSS('background-color', DARK_BG);
      problems.push(...(await axeViolations(page, 'dark setting ')), ...(await tabThrough(page)));
    }
    // And the choice stays after a reload.
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(problems).toEqual([]);
  });
}

/** The screen as it is now: axe in light, 44 px targets, then axe in dark with nothing moving. */
async function checkInPlace(page: Page): Promise<string[]> {
  const problems = [...(await axeViolations(page, 'light ')), ...(await smallTargets(page))];
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  await expect(page.locator('html')).toHaveCSS('background-color', DARK_BG);
  problems.push(...(await axeViolations(page, 'dark ')), ...(await movingElements(page)));
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  await expect(page.locator('html')).toHaveCSS('background-color', LIGHT_BG);
  return problems;
}

test('every in-place dialog and confirmation: axe in light and dark, 44 px targets, no motion', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await restoreSeed(page);
  const problems: string[] = [];
  const check = async () => {
    problems.push(...(await checkInPlace(page)));
  };

  // Settings: erase all data asks twice.
  await visitScreen(page, { path: '/settings', heading: 'Settings' });
  await page.getByRole('button', { name: 'Erase all data' }).click();
  await expect(page.getByText('Erase everything Steadyback holds on this device?')).toBeVisible();
  await check();
  await page.getByRole('button', { name: 'Yes, continue' }).click();
  await expect(page.getByText('This cannot be undone.')).toBeVisible();
  await check();
  await page.getByRole('button', { name: 'Cancel' }).click();

  // Restore: what the file holds, then replace asks once more.
  await visitScreen(page, { path: '/backup', heading: 'Back up and restore' });
  await page.getByLabel('Passphrase (optional)').fill('correct horse');
  await page.getByLabel('Type the passphrase again').fill('correct horse');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Back up now' }).click();
  const encrypted = await (await downloading).path();
  await expect(page.getByText(/Backup saved as/)).toBeVisible();
  await page.getByLabel('Choose a backup file').setInputFiles(encrypted);
  await expect(page.getByLabel('Passphrase', { exact: true })).toBeVisible();
  await check();
  await page.getByLabel('Passphrase', { exact: true }).fill('correct horse');
  await page.getByRole('button', { name: 'Open backup' }).click();
  await expect(page.getByRole('heading', { name: 'This backup holds' })).toBeVisible();
  await check();
  await page.getByText('Replace: delete everything').click();
  await page.getByRole('button', { name: 'Replace…' }).click();
  await expect(page.getByRole('alert')).toContainText('This cannot be undone.');
  await check();
  await page.getByRole('button', { name: 'Cancel' }).click();

  // Today: "It eased…" on the spasm still going, next to the pending doctor visit.
  await visitScreen(page, { path: '/', heading: 'Today' });
  await expect(page.getByRole('region', { name: 'See a doctor soon' })).toBeVisible();
  await page.getByRole('button', { name: 'It eased…' }).first().click();
  await expect(page.getByLabel('It eased at')).toBeVisible();
  await check();

  // The history: "It eased…" inside the row of the spasm still going, then delete and Undo.
  await visitScreen(page, { path: '/log', heading: 'Spasm log' });
  const going = page.getByRole('listitem').filter({ hasText: 'Still going' });
  await going.getByRole('button', { name: 'It eased…' }).click();
  await expect(going.getByLabel('It eased at')).toBeFocused();
  await check();
  await going.getByRole('button', { name: 'Cancel' }).click();
  await page
    .getByRole('button', { name: /^Delete spasm of/ })
    .first()
    .click();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
  // The toast's Undo by keyboard (within its 8 s): its focus ring shows in both schemes.
  await tabTo(page, /^Undo$/);
  await expectVisibleFocus(page, /^Undo$/);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectVisibleFocus(page, /^Undo$/);
  await page.emulateMedia({ colorScheme: 'light' });
  await check();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: /^Delete spasm of/ })).toHaveCount(5);

  // A severe spasm: the safety check offered in place of the form.
  await visitScreen(page, { path: '/log/new', heading: 'Log a spasm' });
  await page
    .getByRole('radiogroup', { name: /How bad is it/ })
    .getByText('9', { exact: true })
    .click();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Spasm logged' })).toBeFocused();
  await check();

  // The plan: the flare form, then a set done and the rest timer.
  await visitScreen(page, { path: '/plan', heading: 'Exercise plan' });
  await page.getByRole('button', { name: 'My back is flaring' }).click();
  await expect(page.getByLabel('Flaring since')).toBeVisible();
  await check();
  await visitScreen(page, { path: '/plan/session', heading: "Today's session" });
  await new PlanScreens(page).answerSet('Easy', 1);
  await page.getByRole('button', { name: /^Done: / }).click();
  await expect(page.getByRole('timer', { name: 'Rest time left' })).toBeVisible();
  await check();

  // The forms that open in place: a medicine, a journal entry, an experiment and its result.
  await visitScreen(page, { path: '/medications', heading: 'Medicines' });
  await page.getByRole('button', { name: 'Add a medicine' }).click();
  await expect(page.getByLabel('Medicine name')).toBeVisible();
  await check();
  await visitScreen(page, { path: `/medications/${SEED_IDS.medication}`, heading: 'Atorvastatin' });
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Edit medicine' })).toBeFocused();
  await check();
  await visitScreen(page, { path: '/beliefs', heading: 'Beliefs journal' });
  await page.getByRole('button', { name: 'Write a journal entry' }).click();
  await page.getByText('Beliefs many people with back pain hold').click();
  await check();
  await visitScreen(page, { path: '/beliefs/experiments', heading: 'Experiments' });
  await page.getByRole('button', { name: 'Plan an experiment' }).click();
  await expect(page.getByLabel('The activity you are wary of')).toBeVisible();
  await check();
  await page.getByRole('button', { name: /Record how it went/ }).click();
  await expect(page.getByRole('radiogroup', { name: /How much pain did you have/ })).toBeVisible();
  await check();
  expect(problems).toEqual([]);
});

test('states no sweep reaches: refused forms, the three safety results, every welcome step, the update prompt', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await restoreSeed(page);
  const problems: string[] = [];
  const check = async () => {
    problems.push(...(await checkInPlace(page)));
  };

  // A spasm refused three ways: no severity (the tiles marked), a load too heavy and a start in
  // the future, each field marked invalid and described by its message.
  const form = new LogForm(page);
  await visitScreen(page, { path: '/log/new', heading: 'Log a spasm' });
  await form.openMoreDetails();
  await page.getByLabel('Load you were carrying (kg)').fill('501');
  await page
    .getByRole('radiogroup', { name: 'When did it start?' })
    .getByText('Exact time')
    .click();
  await page.getByLabel('Date and time it started').fill('2099-01-01T10:00');
  await form.save();
  await expect(form.severityGroup()).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Load you were carrying (kg)')).toHaveAccessibleDescription(
    'Load must be 500 kg or less',
  );
  await expect(page.getByLabel('Date and time it started')).toHaveAttribute('aria-invalid', 'true');
  await check();
  // The safety check sent unanswered: the alert above the form, each question marked.
  await visitScreen(page, { path: '/safety-check', heading: 'Safety check' });
  await new SafetyCheck(page).seeResult();
  await expect(page.getByRole('alert')).toContainText('to see your result');
  await check();
  // A medicine with no name or start date.
  await visitScreen(page, { path: '/medications', heading: 'Medicines' });
  await page.getByRole('button', { name: 'Add a medicine' }).click();
  await page.getByRole('button', { name: 'Save medicine' }).click();
  await expect(page.getByLabel('Started on')).toHaveAttribute('aria-invalid', 'true');
  await check();

  // Each of the three results of the safety check, light and dark.
  for (const [yes, result] of [
    [[], 'Nothing urgent found'],
    [['Pain between your shoulder blades'], 'See a doctor soon'],
    [['New numbness, tingling or weakness in both legs'], 'Get emergency help now'],
  ] as const) {
    await openScreen(page, { path: '/safety-check', heading: 'Safety check' });
    const safety = new SafetyCheck(page);
    await safety.answerAll(yes);
    await safety.seeResult();
    await expect(safety.result(result)).toBeVisible();
    await check();
  }

  // Every step of the introduction, light and dark.
  await visitScreen(page, { path: '/welcome', heading: 'Welcome to Steadyback' });
  for (let step = 2; step <= 6; step++) {
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByText(`Step ${String(step)} of 6`)).toBeVisible();
    await check();
  }

  // "A new version is ready": a newer service worker really installed and waiting (registered
  // under another address of the same script), which is what raises the prompt.
  const app = new AppPage(page);
  await openScreen(page, { path: '/', heading: 'Today' });
  await app.waitForServiceWorkerControl();
  await page.evaluate(async () => {
    await navigator.serviceWorker.register('/sw.js?next-build');
  });
  const prompt = page.getByRole('status').filter({ hasText: 'A new version is ready.' });
  await expect(prompt).toBeVisible({ timeout: 10_000 });
  await check();
  // A toast while the prompt waits (a spasm logged): both stay readable, one above the other.
  await app.logSpasmAction().click();
  // The refused form above is still kept as a draft: start afresh.
  await page.getByRole('button', { name: 'Start again' }).click();
  await form.tapSeverity(3);
  await form.save();
  // The two boxes (the prompt is itself a toast), one clear of the other.
  const toast = page.locator('.toast', { hasText: 'Spasm logged' });
  await expect(toast).toBeVisible();
  await expect(prompt).toBeVisible();
  const [toastBox, promptBox] = await Promise.all([toast.boundingBox(), prompt.boundingBox()]);
  expect(toastBox && promptBox).toBeTruthy();
  if (toastBox && promptBox) {
    const apart =
      toastBox.y + toastBox.height <= promptBox.y || promptBox.y + promptBox.height <= toastBox.y;
    expect(apart, 'the toast and the update prompt overlap').toBe(true);
  }
  await check();
  await tabTo(page, /^Reload$/);
  await expectVisibleFocus(page, /^Reload$/);
  await tabTo(page, /^Later$/);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectVisibleFocus(page, /^Later$/);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.keyboard.press('Enter');
  await expect(prompt).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('form fields and choice tiles stand out at 3:1 in light and dark, and a choice shows by more than colour', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await restoreSeed(page);
  const problems: string[] = [];
  /** Measures the screen as it is in both schemes; at least `atLeast` controls must be found. */
  const measure = async (atLeast: number) => {
    for (const [scheme, background] of [
      ['light', LIGHT_BG],
      ['dark', DARK_BG],
    ] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expect(page.locator('html')).toHaveCSS('background-color', background);
      const report = await weakBoundaries(page);
      expect(report.measured, `controls measured on ${page.url()}`).toBeGreaterThanOrEqual(atLeast);
      problems.push(...report.problems.map((problem) => `${scheme}: ${problem}`));
    }
    await page.emulateMedia({ colorScheme: 'light' });
  };

  // The log form: eleven severity tiles (one chosen), activity toggles (one pressed), movement
  // tiles, and the fields under More details.
  const form = new LogForm(page);
  await visitScreen(page, { path: '/log/new', heading: 'Log a spasm' });
  await form.tapSeverity(6);
  await form.tapActivity('Gardening');
  await openAllDisclosures(page);
  await form.tapMovement('Twisting');
  await measure(30);
  // The daily check-in's tiles, the safety check's answers, the medicine form, the experiment
  // form's 0-10 tiles, the backup's file and passphrase fields, and the settings.
  for (const [screen, atLeast] of [
    [{ path: '/checkin', heading: /check-in/i }, 11],
    [{ path: '/safety-check', heading: 'Safety check' }, 1],
    [{ path: '/backup', heading: 'Back up and restore' }, 2],
    [{ path: '/settings', heading: 'Settings' }, 2],
  ] as const) {
    await visitScreen(page, screen);
    await openAllDisclosures(page);
    await measure(atLeast);
  }
  await visitScreen(page, { path: '/medications', heading: 'Medicines' });
  await page.getByRole('button', { name: 'Add a medicine' }).click();
  await measure(4);
  await visitScreen(page, { path: '/beliefs/experiments', heading: 'Experiments' });
  await page.getByRole('button', { name: 'Plan an experiment' }).click();
  await page
    .getByRole('radiogroup', { name: /How much pain do you expect/ })
    .getByText('4', { exact: true })
    .click();
  await measure(13);
  expect(problems).toEqual([]);
});

test('with reduced motion the rest timer bar stops moving; without, it eases', async ({ page }) => {
  await restoreSeed(page);
  const startRest = async () => {
    await openScreen(page, { path: '/plan/session', heading: "Today's session" });
    await new PlanScreens(page).answerSet('Easy', 1);
    await page.getByRole('button', { name: /^Done: / }).click();
    await expect(page.getByRole('timer', { name: 'Rest time left' })).toBeVisible();
  };
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await startRest();
  expect(await movingElements(page)).toEqual([
    expect.stringMatching(/^div\.rest-bar > span: transition 0\.25s/) as unknown as string,
  ]);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await movingElements(page)).toEqual([]);
  await page.getByRole('button', { name: 'Skip rest' }).click();
});

test('a table too wide for the screen scrolls inside itself, reached and scrolled by keyboard', async ({
  page,
}) => {
  await restoreSeed(page);
  await page.setViewportSize({ width: 320, height: 640 });
  await openScreen(page, { path: '/report', heading: 'Report for your clinician' });
  const region = page.getByRole('region', { name: 'Spasms in this period' });
  await expect(region).toHaveAttribute('tabindex', '0');
  expect(await sidewaysOverflow(page)).toEqual([]);
  const scroll = () => region.evaluate((el) => [el.scrollLeft, el.scrollWidth - el.clientWidth]);
  const [start, room] = await scroll();
  expect(start).toBe(0);
  expect(room, 'the table is wider than its region').toBeGreaterThan(20);
  await tabTo(page, /^Spasms in this period$/);
  await expect(region).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await scroll())[0]).toBeGreaterThan(0);

  // Wide enough for the table, it is no region and no Tab stop.
  await page.setViewportSize({ width: 900, height: 915 });
  await expect(page.locator('.table-scroll').first()).not.toHaveAttribute('tabindex');
  await expect(region).toHaveCount(0);
});

test('every chart has a text alternative: a named figure with its figures as a table', async ({
  page,
}) => {
  await restoreSeed(page);
  const expectCharts = async (screen: Screen, figures: RegExp[]) => {
    await openScreen(page, screen);
    await openAllDisclosures(page);
    for (const name of figures) {
      const figure = page.getByRole('figure', { name });
      await expect(figure.locator('canvas').first()).toBeVisible();
      // The canvas is hidden from screen readers; the table carries the same numbers.
      await expect(figure.locator('.uplot-box')).toHaveAttribute('aria-hidden', 'true');
      await expect(figure.getByRole('table')).toBeVisible();
    }
    // No canvas outside a figure with a table.
    const canvases = await page.locator('canvas').count();
    expect(canvases).toBe(await page.locator('figure:has(table) canvas').count());
  };
  await expectCharts({ path: '/patterns', heading: 'Patterns' }, [
    /^Spasms per week over the last year/,
    /^Spasms by the hour they began/,
  ]);
  await expect(page.getByRole('table', { name: 'Spasms by time of day' })).toBeVisible();
  await expectCharts({ path: '/outcomes', heading: 'Weekly check' }, [
    /^Back pain \(solid\) and activities average/,
  ]);
  await expectCharts({ path: '/beliefs/experiments', heading: 'Experiments' }, [
    /^Pain you predicted \(dashed\) and pain you had/,
  ]);
});
