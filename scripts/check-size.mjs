// Bundle budget (docs/performance.md): JavaScript loaded before the first screen is usable <= 120 kB gzipped.
// Today is usable once its data shows, so the budget applies to everything index.html loads for
// it: the tiny entry, the app chunk it starts after the prerendered first paint (React, the router,
// the shell, Today's frame) and Today's data chunk (zod, the queries and cards, the first read
// through IndexedDB), with the chunks they import. Dexie is not among them: Today loads it after
// its first read, for live updates (src/data/today-queries.ts), and the script fails if a static
// import brings it back. Reads Vite's build manifest: `npm run size` measures dist/,
// `node scripts/check-size.mjs <dir>` (or SIZE_DIST=<dir>) another build.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const BUDGET_BYTES = 120 * 1000;
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

const failures = [];
if (usableBytes > BUDGET_BYTES) {
  failures.push(
    `Over budget: Today with its data needs ${kb(usableBytes)} of JavaScript, the budget is ${kb(BUDGET_BYTES)}. Keep new code out of Today's chunks, or load it after the first read.`,
  );
}
// Dexie's own names survive minification: the database of database names it keeps, its
// cross-tab change event. The app's code names neither (its error messages do name Dexie's
// error classes, so those are no sign of Dexie).
const withDexie = [...usable].filter((key) => {
  const code = readFileSync(join(dist, manifest[key].file), 'utf8');
  return code.includes('__dbnames') && code.includes('storagemutated');
});
if (withDexie.length > 0) {
  failures.push(
    `Dexie is loaded before Today is usable (${withDexie.map((key) => manifest[key].file).join(', ')}): a module in Today's chunks imports src/data/db.ts or a query built on it. Import it when used (see src/data/today-actions.ts).`,
  );
}
for (const failure of failures) console.error(failure);
if (failures.length > 0) process.exit(1);
console.log(`Within the ${kb(BUDGET_BYTES)} budget, ${kb(BUDGET_BYTES - usableBytes)} to spare.`);
