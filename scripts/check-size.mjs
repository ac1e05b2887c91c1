// Bundle budget (docs/performance.md): everything the browser downloads for `/` before the
// network is idle, at most 120 kB of JavaScript gzipped. Measured the way a person's browser gets
// it: the production build served by `vite preview`, `/` opened in headless Chromium at a phone
// viewport with a fresh profile (no service worker yet), every script requested until the
// network has been quiet (no request in flight) for a second after the load event, each file's size gzipped
// at level 9 (what a static host sends). Work the app defers until after that (Dexie's live
// reads, the service worker, the other screens' code it preloads) is listed apart, not counted.
// Fails above the budget, or when Dexie arrives before idle (Today reads without it:
// src/data/today/today-queries.ts).
//
//   npm run size                      measures dist/
//   node scripts/check-size.mjs DIR   (or SIZE_DIST=DIR) another build; SIZE_PORT picks the port
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumArgs, findBrowser, playwrightOwnBrowser } from './browser-path.mjs';
import { previewServer } from './preview-server.mjs';

const BUDGET_BYTES = 120 * 1000;
/** Idle: no request in flight for this long, after the load event. */
const QUIET_MS = 1000;
const dist = resolve(process.argv[2] ?? process.env.SIZE_DIST ?? 'dist');
const port = process.env.SIZE_PORT ?? '4189';
const server = previewServer(dist, port);
const { origin } = server;
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No build found: run \`npm run build\` first (${dist}/index.html is missing).`);
  process.exit(1);
}
const executablePath = findBrowser()?.executablePath ?? (await playwrightOwnBrowser());
if (!executablePath) {
  console.error('No Chromium found: see `npm run test:e2e` for how to get one.');
  process.exit(1);
}

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const gzipped = (path) => gzipSync(readFileSync(join(dist, path)), { level: 9 }).length;

/** Script paths requested by `/`, split at the moment the network went idle. */
async function measure() {
  const browser = await chromium.launch({ executablePath, args: chromiumArgs, headless: true });
  try {
    const context = await browser.newContext({
      viewport: { width: 412, height: 915 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      serviceWorkers: 'allow',
    });
    const page = await context.newPage();
    const before = [];
    const after = [];
    let idle = false;
    let inFlight = 0;
    let quietSince = performance.now();
    page.on('request', (request) => {
      inFlight++;
      const url = new URL(request.url());
      if (url.origin !== origin || !url.pathname.endsWith('.js')) return;
      (idle ? after : before).push(url.pathname.slice(1));
    });
    const settled = () => {
      inFlight--;
      if (inFlight === 0) quietSince = performance.now();
    };
    page.on('requestfinished', settled);
    page.on('requestfailed', settled);
    await page.goto(origin, { waitUntil: 'load' });
    while (inFlight > 0 || performance.now() - quietSince < QUIET_MS) {
      await new Promise((done) => setTimeout(done, 50));
    }
    idle = true;
    // What the app fetches once idle (for the listing only).
    await page.waitForTimeout(6000);
    await context.close();
    return { before: [...new Set(before)], after: [...new Set(after)] };
  } finally {
    await browser.close();
  }
}

let failed = false;
try {
  server.start();
  await server.up();
  const { before, after } = await measure();
  const sizes = new Map([...before, ...after].map((file) => [file, gzipped(file)]));
  const sum = (files) => files.reduce((total, file) => total + sizes.get(file), 0);
  console.log(
    `JavaScript \`/\` downloads before the network is idle (gzip -9), ${before.length} files:`,
  );
  for (const file of before) console.log(`  ${file.padEnd(48)} ${kb(sizes.get(file))}`);
  const total = sum(before);
  console.log(`  ${'total'.padEnd(48)} ${kb(total)} of ${kb(BUDGET_BYTES)} budget`);
  console.log(
    `Fetched after idle (deferred work, other screens preloaded, the service worker): ${after.length} files, ${kb(sum(after))}`,
  );
  if (total > BUDGET_BYTES) {
    failed = true;
    console.error(
      `Over budget: \`/\` downloads ${kb(total)} of JavaScript before the network is idle, the budget is ${kb(BUDGET_BYTES)}. Keep new code out of Today's chunks, or load it after idle.`,
    );
  }
  // Dexie's own names survive minification: the database of database names it keeps, its
  // cross-tab change event. The app's code names neither.
  const withDexie = before.filter((file) => {
    const code = readFileSync(join(dist, file), 'utf8');
    return code.includes('__dbnames') && code.includes('storagemutated');
  });
  if (withDexie.length > 0) {
    failed = true;
    console.error(
      `Dexie is downloaded before the network is idle (${withDexie.join(', ')}): Today reads without it and loads it after idle (src/data/today/today-queries.ts); a module in Today's chunks imports src/data/db.ts or a query built on it.`,
    );
  }
  if (!failed)
    console.log(`Within the ${kb(BUDGET_BYTES)} budget, ${kb(BUDGET_BYTES - total)} to spare.`);
} finally {
  server.stop();
}
process.exit(failed ? 1 : 0);
