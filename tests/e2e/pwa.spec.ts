import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { AppPage } from './support/app-page';
import { chromiumArgs, findBrowser } from '../../scripts/browser-path.mjs';

type ManifestIcon = { src: string; sizes: string; type?: string; purpose?: string };
type Manifest = Record<string, unknown> & { icons: ManifestIcon[] };

test('the web app manifest has everything a home-screen install needs', async ({
  page,
  request,
}) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifest = (await (await request.get(href!)).json()) as Manifest;
  expect(manifest).toMatchObject({
    name: expect.stringContaining('Steadyback'),
    short_name: 'Steadyback',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
    background_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
  });
  expect(String(manifest.description).length).toBeGreaterThan(20);

  const icon = (sizes: string, purpose?: string) =>
    manifest.icons.find(
      (i) =>
        i.sizes === sizes && (purpose ? i.purpose === purpose : !i.purpose || i.purpose === 'any'),
    );
  for (const wanted of [icon('192x192'), icon('512x512'), icon('512x512', 'maskable')]) {
    expect(wanted, JSON.stringify(manifest.icons)).toBeDefined();
    const response = await request.get(wanted!.src);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('image/png');
  }
  const appleTouch = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
  expect((await request.get(appleTouch!)).status()).toBe(200);
});

test('a service worker takes control and the app opens offline, deep links too', async ({
  page,
  context,
}) => {
  const app = new AppPage(page);
  await app.open('/');
  await app.waitForServiceWorkerControl();

  await context.setOffline(true);
  await page.reload();
  await expect(app.heading('Today')).toBeVisible();
  await app.navLink('Patterns').click();
  await expect(app.heading('Patterns')).toBeVisible();

  for (const section of app.sections) {
    await page.goto(section.path);
    await expect(app.heading(section.heading)).toBeVisible();
  }
  await context.setOffline(false);
});

test('Chromium reports no installability errors', async ({ baseURL }) => {
  // Normal Playwright contexts are incognito, which Chromium reports as not installable;
  // a persistent profile in a fresh temporary folder is what a real browser has.
  const profile = mkdtempSync(join(tmpdir(), 'steadyback-install-'));
  const browser = findBrowser();
  const context = await chromium.launchPersistentContext(profile, {
    ...(browser ? { executablePath: browser.executablePath } : {}),
    args: chromiumArgs,
    headless: true,
    viewport: { width: 412, height: 915 },
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(baseURL!);
    await new AppPage(page).waitForServiceWorkerControl();
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: { errorId: string }[];
    };
    expect(installabilityErrors).toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
