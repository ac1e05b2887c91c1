// Finds a Chromium for the end-to-end tests: CHROME_PATH, Debian's /usr/bin/chromium, or
// Playwright's own download (npx playwright install chromium) on a developer laptop.
import { existsSync } from 'node:fs';

export function findBrowser() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((path) => path && existsSync(path));
  if (found) return { executablePath: found };
  return null;
}

export async function playwrightOwnBrowser() {
  try {
    const { chromium } = await import('@playwright/test');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/** Chromium flags that keep it from stalling on network this machine cannot reach (docs/testing.md, end to end). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
