// Regenerates public/screenshots/today-phone.png (README image and the manifest's install
// screenshot): serves the production build, logs two spasms through the UI, photographs Today.
// Usage: npm run build && npm run screenshot
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { chromiumArgs, findBrowser } from './browser-path.mjs';

const port = 4174;
const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], {
  stdio: 'ignore',
});
const base = `http://localhost:${port}`;

async function waitForServer() {
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`vite preview did not start on ${base}`);
}

const browserPath = findBrowser();
try {
  await waitForServer();
  const browser = await chromium.launch({
    ...(browserPath ? { executablePath: browserPath.executablePath } : {}),
    args: chromiumArgs,
  });
  const page = await browser.newPage({ viewport: { width: 412, height: 915 } });
  for (const [severity, when] of [
    ['4', 'Yesterday'],
    ['7', 'Just now'],
  ]) {
    await page.goto(`${base}/log/new`);
    await page
      .getByRole('radiogroup', { name: /How bad is it/ })
      .getByText(severity, { exact: true })
      .click();
    await page.getByRole('button', { name: 'Lifting a case of water or groceries' }).click();
    await page.getByText('More details', { exact: true }).click();
    await page
      .getByRole('radiogroup', { name: /When did it start/ })
      .getByText(when, { exact: true })
      .click();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('heading', { name: 'Today' }).waitFor();
  }
  await page.getByText('Spasm logged').waitFor({ state: 'detached', timeout: 15_000 });
  await page.screenshot({ path: 'public/screenshots/today-phone.png' });
  await browser.close();
  console.log('Wrote public/screenshots/today-phone.png');
} finally {
  server.kill();
}
