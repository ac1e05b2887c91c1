// Builds the app twice, as two versions deployed one after the other, for the update e2e test
// (tests/e2e/update-two-tabs.spec.ts): dist-a is version "<package version>-a", dist-b is
// "<package version>-b". Only the version differs, which is enough for a new service worker.
// Usage: node scripts/build-two-versions.mjs
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

for (const name of ['a', 'b']) {
  const result = spawnSync('npx', ['vite', 'build', '--outDir', `dist-${name}`, '--emptyOutDir'], {
    stdio: 'inherit',
    env: { ...process.env, STEADYBACK_VERSION: `${version}-${name}` },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
