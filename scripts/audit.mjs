// `npm run audit`: Lighthouse 13 (mobile preset: simulated slow 4G and a 4x slower CPU) on the
// production build, printed as a table and checked against docs/performance.md's budgets. Run
// `npm run build` first. AUDIT_DIST and AUDIT_PORT audit another build beside the default dist/
// on 4178; AUDIT_RUNS=5 audits five times and checks the median (Lighthouse varies from run to run,
// more so on a busy machine: the load average is printed with each run); AUDIT_JSON=<file> keeps
// the last run's whole report.
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { preview } from 'vite';
import { chromiumArgs, findBrowser, playwrightOwnBrowser } from './browser-path.mjs';

const dist = process.env.AUDIT_DIST ?? 'dist';
const port = Number(process.env.AUDIT_PORT ?? 4178);
const runs = Math.max(1, Number(process.env.AUDIT_RUNS ?? 1));
const url = `http://localhost:${port}/`;
const budgets = { performance: 0.98, accessibility: 1, 'best-practices': 1 };
const LCP_BUDGET_MS = 1500;

// Vite's preview server in this process, so it always stops with the script (a server left running
// by an earlier run would otherwise be audited instead of this build: strictPort refuses a busy port).
const server = await preview({
  preview: { port, strictPort: true },
  build: { outDir: dist },
  logLevel: 'error',
});

/** One Lighthouse run, in a fresh browser profile (empty IndexedDB, no service worker). */
async function audit(chromePath) {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', ...chromiumArgs],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: Object.keys(budgets),
    });
    if (!result) throw new Error('Lighthouse returned no result');
    return result.lhr;
  } finally {
    await chrome.kill();
  }
}

/** The figures the budgets speak of, from one report. */
function figures(lhr) {
  const { categories, audits } = lhr;
  const lcpElement = audits['lcp-breakdown-insight']?.details?.items?.find(
    (item) => item.type === 'node',
  );
  return {
    performance: categories.performance.score ?? 0,
    accessibility: categories.accessibility.score ?? 0,
    'best-practices': categories['best-practices'].score ?? 0,
    fcp: audits['first-contentful-paint'].numericValue,
    lcp: audits['largest-contentful-paint'].numericValue,
    tbt: audits['total-blocking-time'].numericValue,
    cls: audits['cumulative-layout-shift'].numericValue,
    scriptBytes:
      audits['resource-summary']?.details?.items?.find((item) => item.resourceType === 'script')
        ?.transferSize ?? 0,
    // Not reported when the element left the page after painting (React replaces the prerender).
    lcpElement: lcpElement?.nodeLabel ?? '(no longer in the page: replaced after it painted)',
    failing: Object.values(audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => `${a.id}: ${a.title}`),
  };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (value) => `${Math.round(value)} ms`;

let failed = false;
try {
  const chromePath = findBrowser()?.executablePath ?? (await playwrightOwnBrowser());
  if (!chromePath) throw new Error('No Chromium found: see npm run test:e2e for how to get one.');
  const all = [];
  for (let run = 1; run <= runs; run++) {
    const load = loadavg()[0].toFixed(1);
    const lhr = await audit(chromePath);
    if (process.env.AUDIT_JSON) writeFileSync(process.env.AUDIT_JSON, JSON.stringify(lhr));
    const f = figures(lhr);
    all.push(f);
    if (runs > 1) {
      console.log(
        `run ${run}: performance ${f.performance}, FCP ${ms(f.fcp)}, LCP ${ms(f.lcp)}, TBT ${ms(f.tbt)}, CLS ${f.cls.toFixed(3)} (load average ${load})`,
      );
    }
  }
  const m = (key) => median(all.map((f) => f[key]));
  const last = all[all.length - 1];
  const rows = [
    ['performance', m('performance'), `>= ${budgets.performance}`],
    ['accessibility', m('accessibility'), `>= ${budgets.accessibility}`],
    ['best practices', m('best-practices'), `>= ${budgets['best-practices']}`],
    ['FCP', ms(m('fcp')), ''],
    ['LCP', ms(m('lcp')), `<= ${LCP_BUDGET_MS} ms`],
    ['TBT', ms(m('tbt')), '(in the performance score)'],
    ['CLS', m('cls').toFixed(3), '0'],
    ['JavaScript transferred', `${(m('scriptBytes') / 1000).toFixed(1)} kB`, ''],
  ];
  console.log(
    `Lighthouse 13, mobile preset, on the production build${runs > 1 ? `: median of ${runs} runs` : ''}:`,
  );
  for (const [what, value, budget] of rows)
    console.log(`  ${what.padEnd(24)} ${String(value).padEnd(10)} ${budget}`);
  console.log(`  LCP element: ${last.lcpElement}`);
  for (const key of Object.keys(budgets)) {
    if (m(key) < budgets[key]) {
      failed = true;
      console.error(`Below budget: ${key} ${m(key)} < ${budgets[key]}`);
      for (const audit of last.failing) console.error(`  - ${audit}`);
    }
  }
  if (m('lcp') > LCP_BUDGET_MS) {
    failed = true;
    console.error(`Below budget: LCP ${ms(m('lcp'))} > ${LCP_BUDGET_MS} ms`);
  }
  if (m('cls') > 0) {
    failed = true;
    console.error(`Below budget: CLS ${m('cls')} > 0`);
  }
} finally {
  await server.close();
}
process.exit(failed ? 1 : 0);
