// `npm run seed`: ten years of synthetic use (3,650 check-ins, 1,000 spasms, ~1,500 exercise
// sessions with their sets, weekly reviews, medicines, journal, ratings, safety checks) written
// through the app's own repositories into an in-memory IndexedDB (fake-indexeddb), then saved as
// a backup file by the app's own export. Restore it from More > Back up and restore to try the
// app with ten years of data.
//
//   npm run seed -- [--day YYYY-MM-DD] [--seed N] [--out FILE]
//
// --day is the diary's last day ("today" for the synthetic person; default: yesterday here, as a
// diary ending today holds records stamped later today than the export when run early in the day,
// and a restore rightly refuses those), --seed
// the PRNG seed (default 2026), --out the file (default tests/bench/dist/seed-10y.json; dist
// folders are ignored by git, Prettier and the build).
import 'fake-indexeddb/auto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runnerImport } from 'vite';

const { values } = parseArgs({
  options: {
    day: { type: 'string' },
    seed: { type: 'string', default: '2026' },
    out: { type: 'string', default: 'tests/bench/dist/seed-10y.json' },
  },
});

const pad = (n) => String(n).padStart(2, '0');
// The clock is read here, at the edge; the generator and the seed take it as an argument.
const date = new Date();
const localDay = (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const today = localDay(date);
const day = values.day ?? localDay(new Date(date.getTime() - 86_400_000));
if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`--day must be YYYY-MM-DD, not ${day}`);
const now = day === today ? date.toISOString() : `${day}T20:00:00.000Z`;
const seed = Number(values.seed);
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

const started = performance.now();
// Vite's module runner transforms the TypeScript; no plugins or app config are needed for it.
const { module } = await runnerImport('/tests/bench/seed-backup.ts', {
  configFile: false,
  logLevel: 'error',
});
const { counts, backup } = await module.seedBackup({ now, today: day }, version, { seed });
const out = resolve(values.out);
mkdirSync(dirname(out), { recursive: true });
const json = JSON.stringify(backup);
// Written beside and renamed into place, so a test worker that finds the file reads all of it.
const partial = `${out}.${String(process.pid)}.partial`;
writeFileSync(partial, json);
renameSync(partial, out);

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`Seeded ten years ending ${day} (seed ${seed}) through the app's repositories:`);
for (const [table, count] of Object.entries(counts)) {
  console.log(`  ${table.padEnd(14)} ${String(count).padStart(6)}`);
}
const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
console.log(`  ${'total'.padEnd(14)} ${String(total).padStart(6)}`);
console.log(`Backup file: ${out} (${(json.length / 1e6).toFixed(1)} MB) in ${seconds} s.`);
console.log('Restore it in the app: More > Back up and restore > Choose a backup file.');
