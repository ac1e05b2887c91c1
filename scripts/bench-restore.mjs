// The 52 MB restore, timed: reading, checking and writing, as the progress bar shows them
// (tests/bench/restore-at-scale.ts), in Node with an in-memory IndexedDB (fake-indexeddb).
// Called by `npm run bench`; on its own: node scripts/bench-restore.mjs
import 'fake-indexeddb/auto';
import { cpus, loadavg } from 'node:os';
import { runnerImport } from 'vite';

const { module } = await runnerImport('/tests/bench/restore-at-scale.ts', {
  configFile: false,
  logLevel: 'error',
});
const timing = await module.timeRestore();
const s = (n) => `${n.toFixed(1)} s`;
console.log(
  `Restore of ${(timing.bytes / 1e6).toFixed(1)} MB (${timing.records.toLocaleString('en')} records), ` +
    `one transaction, ${timing.progressSteps} progress steps ` +
    `(load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores):`,
);
console.log(`  reading   ${s(timing.seconds.reading)}`);
console.log(`  checking  ${s(timing.seconds.checking)}`);
console.log(`  writing   ${s(timing.seconds.writing)}`);
console.log(`  total     ${s(timing.total)}`);
