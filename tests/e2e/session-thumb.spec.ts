import type { Locator, Page } from '@playwright/test';
import { createBackup } from '../../src/domain/backup/backup-format';
import { emptyBackupData } from '../../src/domain/backup/backup-tables';
import { defaultPrescription } from '../../src/domain/exercises/exercise-library';
import { buildPlan, buildSettings } from '../support/domain/test-builders';
import { barsCover } from './support/a11y-checks';
import { restoreSeed } from './support/a11y-seed';
import { AppPage } from './support/app-page';
import { axeViolations } from './support/axe-check';
import { test, expect } from './support/fixtures';
import { LogForm } from './support/log-form';
import { PlanScreens } from './support/plan-screens';
import { NORMAL_TEXT_PX, setBrowserTextSize } from './support/text-size';

// docs/domain.md §5b rule 11, mid-workout on a phone: Done, the rest and the next set within
// thumb's reach without one scroll; rest by exercise type, a hold timer, the screen kept on.
// The seed's plan: prone press-up (2 × 8), supported one-arm row (2 × 10 at 4 kg), glute bridge.

/** The wake lock requests the page makes, recorded by a stand-in for navigator.wakeLock. */
async function stubWakeLock(page: Page) {
  await page.addInitScript(() => {
    const calls: string[] = [];
    (window as unknown as { wakeLockCalls: string[] }).wakeLockCalls = calls;
    Object.defineProperty(navigator, 'wakeLock', {
      configurable: true,
      value: {
        request: (type: string) => {
          calls.push(type);
          return Promise.resolve({ released: false, release: () => Promise.resolve() });
        },
      },
    });
  });
}

const wakeLockCalls = (page: Page) =>
  page.evaluate(() => (window as unknown as { wakeLockCalls: string[] }).wakeLockCalls);

/** The element lies wholly inside the viewport (no scroll needed to reach it). */
async function expectInViewport(page: Page, name: string | RegExp) {
  const box = await page.getByRole('button', { name }).boundingBox();
  const viewport = page.viewportSize();
  expect(box).not.toBeNull();
  expect(viewport).not.toBeNull();
  if (!box || !viewport) return;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
}

/**
 * Focuses each field in turn, as Tab or a tap would, and checks it then lies in the viewport and
 * clear of the sticky bar (`bar`): the scroll padding moved it above the bar, never under it.
 */
async function expectFocusClearOf(page: Page, fields: Locator, bar: Locator) {
  const viewport = page.viewportSize();
  expect(viewport).not.toBeNull();
  const count = await fields.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const field = fields.nth(i);
    await field.focus();
    await expect(field).toBeFocused();
    await expect
      .poll(async () => {
        const [own, under] = [await field.boundingBox(), await bar.boundingBox()];
        if (!own || !under || !viewport) return 'not laid out';
        const name = (await field.getAttribute('aria-label')) ?? (await field.getAttribute('id'));
        if (own.y < 0 || own.y + own.height > viewport.height) return `${String(name)} out of view`;
        const apart = own.y + own.height <= under.y || own.y >= under.y + under.height;
        return apart ? 'clear' : `${String(name)} under the bar`;
      })
      .toBe('clear');
  }
}

const screens = [
  { name: '390 × 844', width: 390, height: 844, text: 1 },
  { name: '320 × 640', width: 320, height: 640, text: 1 },
  { name: '320 × 640 at 200 % text', width: 320, height: 640, text: 2 },
];

for (const screen of screens) {
  test.describe(`at ${screen.name}`, () => {
    test.use({ viewport: { width: screen.width, height: screen.height } });

    test('a whole set, Done, rest and the next set, without one scroll', async ({ page }) => {
      // Two exercises' worth of taps: slow on a shared two-core machine.
      test.setTimeout(90_000);
      await stubWakeLock(page);
      await restoreSeed(page);
      const app = new AppPage(page);
      const plan = new PlanScreens(page);
      await app.open('/plan/session');
      await setBrowserTextSize(page, screen.text * NORMAL_TEXT_PX);
      await expect(page.getByRole('heading', { name: 'Prone press-up' })).toBeVisible();
      expect(await wakeLockCalls(page)).toContain('screen');
      // Done in thumb's reach as the screen opens, before any scroll.
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      await expectInViewport(page, 'Done: 8 reps');
      await plan.answerSet('Easy', 1);

      await expectInViewport(page, 'Done: 8 reps');
      await page.getByRole('button', { name: 'Done: 8 reps' }).click();
      // A press-up is an endurance set: 45 s of rest, in the action bar where Done was.
      await expect(page.getByRole('timer', { name: 'Rest time left' })).toBeVisible();
      await expect(page.getByText('Set 2 of 2: 8 reps')).toBeVisible();
      await expectInViewport(page, 'Skip rest');
      await expectInViewport(page, '+15 s rest');
      // The rest, its − and + and Skip rest with the navigation: still half the screen at most.
      expect(await barsCover(page)).toEqual([]);
      await page.getByRole('button', { name: 'Skip rest' }).click();
      await expectInViewport(page, 'Done: 8 reps');
      // Each action was in the viewport before its tap, so none needed a scroll (a tap on a
      // button out of view would have scrolled to it first).
      await page.getByRole('button', { name: 'Done: 8 reps' }).click();
      // A new exercise: its heading takes focus (its cues come first), its rest in thumb's reach.
      await expect(page.getByRole('heading', { name: 'Supported one-arm row' })).toBeVisible();
      await expect(page.getByRole('timer', { name: 'Rest time left' })).toBeVisible();
      await expectInViewport(page, 'Skip rest');
    });
  });
}

test.describe('at 320 × 640 with 200 % text', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('each answer tile, focused, stops clear of the action bar, which stays within reach', async ({
    page,
  }) => {
    await restoreSeed(page);
    const app = new AppPage(page);
    await app.open('/plan/session');
    await setBrowserTextSize(page, 2 * NORMAL_TEXT_PX);
    await expect(page.getByRole('heading', { name: 'Prone press-up' })).toBeVisible();
    const bar = page.locator('.action-bar');
    await expect(bar).toHaveCSS('position', 'fixed');
    // The effort and pain tiles (their radios), from the top of the exercise to its bottom.
    await expectFocusClearOf(page, page.locator('.session-exercise input[type="radio"]'), bar);
    // The bar and the navigation leave more than half the screen to the fields.
    const [own, nav] = [await bar.boundingBox(), await app.navigation().boundingBox()];
    expect((own?.height ?? 999) + (nav?.height ?? 999)).toBeLessThan(640 / 2);
  });
});

// Log a spasm in three taps (Log spasm, a severity, Save): Save in thumb's reach once a severity
// is chosen, in a neutral sticky bar that a focused field stops clear of.
for (const screen of [screens[0], screens[2]]) {
  if (!screen) continue;
  test.describe(`log a spasm at ${screen.name}`, () => {
    test.use({ viewport: { width: screen.width, height: screen.height } });

    test('Save is in view after a severity, and a focused field stops clear of it', async ({
      page,
    }) => {
      test.setTimeout(60_000);
      await restoreSeed(page);
      const app = new AppPage(page);
      const form = new LogForm(page);
      await app.open('/log/new');
      await setBrowserTextSize(page, screen.text * NORMAL_TEXT_PX);
      await form.tapSeverity(4);
      await expectInViewport(page, /^Save$/);

      const bar = page.locator('.save-bar');
      await form.openMoreDetails();
      const fields = page.locator(
        '.episode-form :is(input:not([type="radio"], [type="checkbox"], [type="hidden"]), textarea, select)',
      );
      await expectFocusClearOf(page, fields, bar);

      await form.tapSeverity(4);
      await expectInViewport(page, /^Save$/);
      await form.save();
      await expect(page.getByText('Spasm logged')).toBeVisible();
    });
  });
}

test.describe('at 390 × 844', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('an offline reload in the middle of a rest resumes the countdown; axe passes with it running', async ({
    page,
    context,
  }) => {
    // A service worker install, a reload offline and axe: slow on a shared two-core machine.
    test.setTimeout(90_000);
    await restoreSeed(page);
    const app = new AppPage(page);
    const plan = new PlanScreens(page);
    const start = Date.now();
    await page.clock.setFixedTime(start);
    await app.open('/plan/session');
    await app.waitForServiceWorkerControl();
    await context.setOffline(true);
    await plan.answerSet('Easy', 1);
    await page.getByRole('button', { name: 'Done: 8 reps' }).click();
    const rest = page.getByRole('timer', { name: 'Rest time left' });
    await expect(rest).toHaveText('0:45');
    await page.getByRole('button', { name: '+15 s rest' }).click();
    await expect(rest).toHaveText('1:00');

    await page.clock.setFixedTime(start + 20_000);
    await expect(rest).toHaveText('0:40');
    await page.reload();
    await expect(
      page.getByText('Picking up where you left off: 1 set already saved.'),
    ).toBeVisible();
    await expect(rest).toHaveText('0:40');
    expect(await axeViolations(page, 'session, rest running')).toEqual([]);

    await page.clock.setFixedTime(start + 61_000);
    await expect(rest).toBeHidden();
    await expect(page.getByRole('button', { name: 'Done: 8 reps' })).toBeVisible();
    await context.setOffline(false);
  });

  test('a hold timer runs and ends, then Done saves the holds', async ({ page }) => {
    await restoreHoldPlan(page);
    const app = new AppPage(page);
    const start = Date.now();
    await page.clock.setFixedTime(start);
    await app.open('/plan/session');
    await expect(page.getByRole('heading', { name: /superman/i })).toBeVisible();
    await page.getByRole('button', { name: 'Start a hold: 10 s' }).click();
    const hold = page.getByRole('timer', { name: 'Hold time left' });
    await expect(hold).toHaveText('0:10');
    expect(await axeViolations(page, 'session, hold running')).toEqual([]);
    await page.clock.setFixedTime(start + 4_000);
    await expect(hold).toHaveText('0:06');
    await page.clock.setFixedTime(start + 10_500);
    await expect(hold).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'Hold done.' })).toBeAttached();
    await expect(page.getByRole('button', { name: /^Done: / })).toBeVisible();
  });

  test('pain 7 on a set stops that exercise for today', async ({ page }) => {
    await restoreSeed(page);
    const app = new AppPage(page);
    const plan = new PlanScreens(page);
    await app.open('/plan/session');
    await plan.answerSet('Moderate', 7);
    await page.getByRole('button', { name: 'Done: 8 reps' }).click();
    await expect(page.getByRole('heading', { name: 'Stop this exercise for today' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Supported one-arm row' })).toBeVisible();
    await expect(page.getByText('Set 1 of 2: 10 reps at 4 kg')).toBeVisible();
  });
});

/** A plan of one timed exercise, a 10 s superman hold, restored through the Backup screen. */
async function restoreHoldPlan(page: Page) {
  const stamp = new Date(Date.now() - 60_000).toISOString();
  const tables = emptyBackupData();
  tables.settings = [buildSettings({ createdAt: stamp, updatedAt: stamp, onboarding: 'done' })];
  const hold = defaultPrescription('superman-hold');
  if (!hold) throw new Error('no superman hold in the library');
  tables.plans = [
    buildPlan({
      id: 'hold-plan',
      createdAt: stamp,
      updatedAt: stamp,
      phase: 2,
      daysPerWeek: 2,
      trainingDays: [1, 4],
      equipment: [],
      exercises: [{ ...hold, holdSeconds: 10 }],
    }),
  ];
  await page.goto('/backup');
  await page.getByLabel('Choose a backup file').setInputFiles({
    name: 'steadyback-backup-hold.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(createBackup(tables, 'e2e', stamp))),
  });
  await page.getByRole('button', { name: 'Merge backup' }).click();
  await expect(page.getByText(/Restored\. \d+ records were written/)).toBeVisible();
}
