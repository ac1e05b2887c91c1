// `npm run audit`: Lighthouse (mobile preset, simulated throttling) on the production build,
// printed as a table and checked against DESIGN.md's budgets. Run `npm run build` first.
import { spawn } from 'node:child_process';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, findBrowser, playwrightOwnBrowser } from './browser-path.mjs';

const port = Number(process.env.AUDIT_PORT ?? 4178);
const url = `http://localhost:${port}/`;
const budgets = { performance: 0.98, accessibility: 1, 'best-practices': 1 };
const LCP_BUDGET_MS = 1500;

const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], {
  stdio: 'ignore',
});
async function waitForServer() {
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`vite preview did not start on ${url} (run npm run build first)`);
}

let chrome;
let failed = false;
try {
  await waitForServer();
  const chromePath = findBrowser()?.executablePath ?? (await playwrightOwnBrowser());
  if (!chromePath) throw new Error('No Chromium found: see npm run test:e2e for how to get one.');
  chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', ...chromiumArgs],
  });
  const result = await lighthouse(url, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: Object.keys(budgets),
  });
  const { categories, audits } = result.lhr;
  const scriptBytes =
    audits['resource-summary']?.details?.items?.find((item) => item.resourceType === 'script')
      ?.transferSize ?? 0;
  const lcp = audits['largest-contentful-paint'].numericValue;
  const cls = audits['cumulative-layout-shift'].numericValue;
  const rows = [
    ['performance', categories.performance.score, `>= ${budgets.performance}`],
    ['accessibility', categories.accessibility.score, `>= ${budgets.accessibility}`],
    ['best practices', categories['best-practices'].score, `>= ${budgets['best-practices']}`],
    ['LCP', `${Math.round(lcp)} ms`, `<= ${LCP_BUDGET_MS} ms`],
    ['TBT', `${Math.round(audits['total-blocking-time'].numericValue)} ms`, ''],
    ['CLS', cls.toFixed(3), '0'],
    ['JavaScript transferred', `${(scriptBytes / 1000).toFixed(1)} kB`, ''],
  ];
  console.log('Lighthouse 13, mobile preset, on the production build:');
  for (const [what, value, budget] of rows)
    console.log(`  ${what.padEnd(24)} ${String(value).padEnd(10)} ${budget}`);
  for (const [key, min] of Object.entries(budgets)) {
    if ((categories[key].score ?? 0) < min) {
      failed = true;
      console.error(`Below budget: ${key} ${categories[key].score} < ${min}`);
      for (const audit of Object.values(audits)) {
        if (audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary') {
          console.error(`  - ${audit.id}: ${audit.title}`);
        }
      }
    }
  }
  if (lcp > LCP_BUDGET_MS) {
    failed = true;
    console.error(`Below budget: LCP ${Math.round(lcp)} ms > ${LCP_BUDGET_MS} ms`);
  }
  if (cls > 0) {
    failed = true;
    console.error(`Below budget: CLS ${cls} > 0`);
  }
} finally {
  await chrome?.kill();
  server.kill();
}
process.exit(failed ? 1 : 0);
