// A Chromium profile holding ten years, for the scripts that time or trace the app in it
// (scripts/bench-browser.mjs, scripts/profile-cold-open.mjs): the e2e tests' phone, and the
// backup restored the way a person restores one.
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs } from './browser-path.mjs';

/**
 * When a screen counts as ready, for both scripts: Today when its check-in, path and plan cards
 * and its spasm counts are on screen (today-summary.tsx); Patterns when both uPlot charts have
 * their canvas (pattern-charts.tsx). `all`: every selector matches; `count`: at least n matches.
 */
export const readyByPath = {
  '/': { all: ['#checkin-card-heading', '#path-heading', '#plan-card-heading', '#main dl.counts'] },
  '/patterns': { count: ['#main .uplot canvas', 2] },
};

/** A new Chromium process on `profile`, at the e2e tests' phone (412 x 915). */
export function launchPhone(profile, { executablePath, origin }) {
  return chromium.launchPersistentContext(profile, {
    executablePath,
    args: chromiumArgs,
    headless: true,
    baseURL: origin,
    viewport: { width: 412, height: 915 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    serviceWorkers: 'allow',
  });
}

/** The window a persistent context opened with, or a new one. */
export const firstPage = async (context) => context.pages()[0] ?? (await context.newPage());

/**
 * Restores `file` through More > Back up and restore, then waits until the service worker
 * controls the page (the app installed, its files cached). Returns the app's "Restored." line.
 */
export async function restoreThroughApp(page, file) {
  await page.goto('/backup');
  await page.getByLabel('Choose a backup file').setInputFiles(resolve(file));
  await page.getByRole('button', { name: 'Merge backup' }).click({ timeout: 60_000 });
  const restored = page.getByText(/Restored\. [\d,]+ records were written/);
  await restored.waitFor({ timeout: 180_000 });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 30_000,
  });
  return restored.textContent();
}
