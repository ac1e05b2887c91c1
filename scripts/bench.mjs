// `npm run bench`: both halves of the performance benchmark, end to end.
//  1. The domain analyses (triggers, recurrence, the Patterns screen, 519 weekly reviews) over
//     ten years of synthetic data, bundled as the app ships them and timed in plain Node,
//     printed as a table (scripts/bench-domain.mjs, tests/bench/domain-cases.ts).
//  2. A 52 MB restore: reading, checking and writing timed (scripts/bench-restore.mjs).
//  3. `npm run seed` (the same ten years, ending yesterday, as a backup file), a production build,
//     and the cold-open benchmark in headless Chromium (scripts/bench-browser.mjs).
//
//   npm run bench -- [--runs 5] [--dist DIR] [--report-only]
//
// --dist reuses a production build instead of building one into a temporary folder;
// --report-only prints the same tables but exits 0 when a median is over budget.
// Exit code: non-zero when a domain analysis or Today's median cold open is over its budget.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    dist: { type: 'string' },
    'report-only': { type: 'boolean', default: false },
  },
});
const backup = 'tests/bench/dist/seed-10y.json';

function run(command, args, what) {
  console.log(`\n> ${what}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  return result.status ?? 1;
}

// Timings on a shared 2-core machine move with its load: print it so a slow run can be explained.
const load = () => `load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`;
console.log(`Machine: ${load()} at the start.`);

const browserFound = spawnSync('node', ['scripts/find-browser.mjs'], { stdio: 'inherit' });
if (browserFound.status !== 0) process.exit(1);

const domain = run(
  'node',
  ['scripts/bench-domain.mjs'],
  'Domain analyses over ten years, bundled, in Node (budget: 20 ms each, by the median)',
);

// Reported, not budgeted: the 52 MB restore (docs/performance.md, "Restore").
const restore = run(
  'node',
  ['scripts/bench-restore.mjs'],
  'A 52 MB restore, in Node (fake-indexeddb)',
);
if (restore !== 0) process.exit(1);

// The seed's default last day is yesterday: its restore is never refused as later than the file.
const seedArgs = ['scripts/seed.mjs', '--out', backup];
if (run('node', seedArgs, 'npm run seed') !== 0) process.exit(1);

let dist = values.dist;
const built = dist === undefined ? mkdtempSync(join(tmpdir(), 'steadyback-bench-dist-')) : null;
let browser = null; // null: not run (the build failed)
try {
  if (built !== null) {
    dist = built;
    const args = ['vite', 'build', '--outDir', built, '--emptyOutDir', '--logLevel', 'error'];
    if (run('npx', args, `Production build into ${built}`) !== 0) dist = undefined;
  }
  if (dist !== undefined) {
    browser = run(
      'node',
      [
        'scripts/bench-browser.mjs',
        '--dist',
        dist,
        '--backup',
        backup,
        '--runs',
        values.runs,
        ...(values['report-only'] ? ['--report-only'] : []),
      ],
      'Cold opens with ten years in IndexedDB, headless Chromium (budget: Today within 500 ms)',
    );
  }
} finally {
  if (built !== null) rmSync(built, { recursive: true, force: true });
}

const failed = (domain !== 0 && !values['report-only']) || browser !== 0;
const verdict = (code) => (code === 0 ? 'within budget' : 'over budget or failed (see above)');
console.log(
  `\nDomain analyses: ${verdict(domain)}; ` +
    `cold opens: ${browser === null ? 'not run (the build failed)' : verdict(browser)}. ` +
    `Machine: ${load()} at the end.`,
);
process.exit(failed ? 1 : 0);
