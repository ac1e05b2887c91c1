// Bundle budget (DESIGN.md): JavaScript loaded before the first screen is usable <= 120 kB gzipped.
// Walks Vite's build manifest from index.html: the entry chunk and everything it imports statically
// must load before the first screen renders. Today's data panel (Dexie + zod + repositories) is a
// separate chunk fetched right after first render; its cost is printed too, so neither hides.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const BUDGET_BYTES = 120 * 1000;
const dist = 'dist';
const manifestPath = join(dist, '.vite', 'manifest.json');
if (!existsSync(manifestPath)) {
  console.error('No build found: run `npm run build` first (dist/.vite/manifest.json is missing).');
  process.exit(1);
}
/** @type {Record<string, {file: string, isEntry?: boolean, imports?: string[], dynamicImports?: string[], src?: string}>} */
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

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
if (!entryKey) {
  console.error('The build manifest has no entry chunk.');
  process.exit(1);
}
const firstScreen = staticClosure(entryKey);
const firstScreenBytes = total(firstScreen);

console.log('First screen JavaScript (gzip -9):');
for (const key of firstScreen)
  console.log(`  ${manifest[key].file.padEnd(48)} ${kb(gzipped(manifest[key].file))}`);
console.log(`  total ${kb(firstScreenBytes)} of ${kb(BUDGET_BYTES)} budget`);

const todayData = Object.keys(manifest).find((key) =>
  key.endsWith('features/today/today-summary.tsx'),
);
if (todayData) {
  const withData = staticClosure(todayData, new Set(firstScreen));
  console.log(`Today with its data panel loaded (after first render): ${kb(total(withData))}`);
}
const allJs = Object.values(manifest)
  .filter((chunk) => chunk.file.endsWith('.js'))
  .reduce((sum, chunk) => sum + gzipped(chunk.file), 0);
console.log(`All JavaScript in the app: ${kb(allJs)}`);

if (firstScreenBytes > BUDGET_BYTES) {
  console.error(
    `Over budget: the first screen needs ${kb(firstScreenBytes)} of JavaScript, the budget is ${kb(BUDGET_BYTES)}. Move code out of the entry chunk (lazy routes, lazy panels).`,
  );
  process.exit(1);
}
