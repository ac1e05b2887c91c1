// Builds the app's next version, for the update e2e test (tests/e2e/update-two-tabs.spec.ts):
// dist (from `npm run build`) is the version deployed first, dist-b the one deployed after it,
// named "<package version>-b". Only the version differs, which is enough for a new service
// worker; one extra build instead of two, so `npm run test:e2e` runs the spec every time.
// Usage: npm run build && node scripts/build-next-version.mjs
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

const result = spawnSync('npx', ['vite', 'build', '--outDir', 'dist-b', '--emptyOutDir'], {
  stdio: 'inherit',
  env: { ...process.env, STEADYBACK_VERSION: `${version}-b` },
});
process.exit(result.status ?? 1);
