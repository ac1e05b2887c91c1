import { defineConfig } from '@playwright/test';
import { chromiumArgs, findBrowser } from './scripts/browser-path.mjs';

// Overridable so two builds can be tested side by side (E2E_PORT, E2E_DIST).
const port = Number(process.env.E2E_PORT ?? 4173);
const dist = process.env.E2E_DIST ?? 'dist';
const browser = findBrowser();

/** Phone viewports from the foundation issue; tests run against the production build. */
const phone = (width: number, height: number) => ({
  viewport: { width, height },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
});

export default defineConfig({
  testDir: 'tests/e2e',
  // Two cores: two workers; no retries, so flakiness shows instead of hiding.
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: {
      ...(browser ? { executablePath: browser.executablePath } : {}),
      args: chromiumArgs,
    },
    trace: 'retain-on-failure',
    serviceWorkers: 'allow',
  },
  projects: [
    { name: 'phone-412', use: { browserName: 'chromium', ...phone(412, 915) } },
    {
      name: 'phone-390',
      testMatch: /shell\.spec\.ts/,
      use: { browserName: 'chromium', ...phone(390, 844) },
    },
  ],
  webServer: {
    // The service worker only exists in the production build (`npm run build` runs first in `npm test`).
    command: `npx vite preview --port ${port} --strictPort --outDir ${dist}`,
    url: `http://localhost:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
