// Bundle budget (DESIGN.md): JavaScript loaded before the first screen is usable <= 120 kB gzipped.
// Today is usable once its data shows, so the budget applies to everything index.html loads for
// it: the tiny entry, the app chunk it starts after the prerendered first paint (React, the router,
// the shell, Today's frame) and Today's data chunk (Dexie, zod, the queries and cards), with the
// chunks they import. The frame and the total are printed. The script fails when the frame is over
// the budget, or when Today with its data grows past RATCHET_BYTES: that total is still over the
// budget (React, react-router, Dexie and zod/mini alone take about 118 kB; see the README), so
// the ratchet stops it getting worse until the gap is closed, and it is printed as over. Reads Vite's build manifest: `npm run size` measures dist/,
// `node scripts/check-size.mjs <dir>` (or SIZE_DIST=<dir>) another build.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const BUDGET_BYTES = 120 * 1000;
// Today with its data measured 133.8 kB on 2026-11-25; lower this as the gap closes.
const RATCHET_BYTES = 135 * 1000;
const dist = process.argv[2] ?? process.env.SIZE_DIST ?? 'dist';
const manifestPath = join(dist, '.vite', 'manifest.json');
if (!existsSync(manifestPath)) {
  console.error(`No build found: run \`npm run build\` first (${manifestPath} is missing).`);
  process.exit(1);
}
/** @type {Record<string, {file: string, name?: string, isEntry?: boolean, imports?: string[], dynamicImports?: string[], src?: string}>} */
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));

const gzipped = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** Chunk keys loaded statically from `key`, including itself. */
function staticClosure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of manifest[key]?.imports ?? []) staticClosure(dep, seen);
  return seen;
}
const total = (keys) => [...keys].reduce((sum, key) => sum + gzipped(manifest[key].file), 0);
/** The chunk holding `src` (Today's modules are grouped into one chunk named "today"). */
const chunkOf = (src, groupName) =>
  Object.keys(manifest).find((key) => key.endsWith(src)) ??
  Object.keys(manifest).find((key) => manifest[key].name === groupName);

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
const appKey = chunkOf('app/start.tsx', 'app');
const todayKey = chunkOf('features/today/today-summary.tsx', 'today');
if (!entryKey || !appKey || !todayKey) {
  console.error("The build manifest lacks the entry, the app chunk or Today's data chunk.");
  process.exit(1);
}
const firstRender = staticClosure(appKey, staticClosure(entryKey));
const usable = staticClosure(todayKey, new Set(firstRender));
const usableBytes = total(usable);
const list = (keys) => {
  for (const key of keys)
    console.log(`  ${manifest[key].file.padEnd(48)} ${kb(gzipped(manifest[key].file))}`);
};

console.log('JavaScript before Today is usable (gzip -9):');
list(usable);
console.log(`  Today's frame (React, router, shell)      ${kb(total(firstRender))}`);
console.log(
  `  Today with its data                       ${kb(usableBytes)} of ${kb(BUDGET_BYTES)} budget`,
);
const rareKey = chunkOf('features/today/rare-cards.ts', 'rare-cards');
if (rareKey) {
  const rare = [...staticClosure(rareKey)].filter((key) => !usable.has(key));
  console.log(
    `  + when a spasm is still going or a doctor visit waits: ${kb(total(rare))} more (rare cards)`,
  );
}
const allJs = Object.values(manifest)
  .filter((chunk) => chunk.file.endsWith('.js'))
  .reduce((sum, chunk) => sum + gzipped(chunk.file), 0);
console.log(`All JavaScript in the app: ${kb(allJs)}`);

const frameBytes = total(firstRender);
if (frameBytes > BUDGET_BYTES) {
  console.error(
    `Over budget: Today's frame needs ${kb(frameBytes)} of JavaScript, the budget is ${kb(BUDGET_BYTES)}.`,
  );
  process.exit(1);
}
if (usableBytes > RATCHET_BYTES) {
  console.error(
    `Grown: Today with its data needs ${kb(usableBytes)}, past the ${kb(RATCHET_BYTES)} ratchet (budget ${kb(BUDGET_BYTES)}). Keep new code out of Today's chunks.`,
  );
  process.exit(1);
}
if (usableBytes > BUDGET_BYTES) {
  console.log(
    `OVER the ${kb(BUDGET_BYTES)} budget with its data by ${kb(usableBytes - BUDGET_BYTES)} (known gap, kept from growing by the ${kb(RATCHET_BYTES)} ratchet).`,
  );
}
