// Import cycles over src, type-only imports included (docs/architecture.md §1): a cycle of types
// is still a knot a reader must untie, and it turns into a runtime cycle with one changed import.
// Uses the TypeScript compiler's own scanner and module resolution, so every `import type`,
// `export ... from` and `import()` counts, resolved exactly as tsc resolves it.
// Usage: node scripts/check-cycles.mjs [folder]  (default: src). Exits 1 when there is a cycle.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

const options = {
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  allowImportingTsExtensions: true,
  jsx: ts.JsxEmit.ReactJSX,
};

/** Every .ts and .tsx file below `folder`. */
function sourceFiles(folder) {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter(
      (entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts'),
    )
    .map((entry) => resolve(entry.parentPath, entry.name));
}

/** file -> the files inside the same set that it imports (any kind of import). */
export function importGraph(files) {
  const inside = new Set(files);
  const graph = new Map();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = new Set();
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const found = ts.resolveModuleName(fileName, file, options, ts.sys).resolvedModule;
      const target = found && resolve(found.resolvedFileName);
      if (target && inside.has(target)) targets.add(target);
    }
    graph.set(file, [...targets]);
  }
  return graph;
}

/** Strongly connected components with more than one file, or a file importing itself (Tarjan). */
function knots(graph) {
  let next = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const found = [];
  const visit = (file) => {
    index.set(file, next);
    low.set(file, next);
    next += 1;
    stack.push(file);
    onStack.add(file);
    for (const to of graph.get(file) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(file, Math.min(low.get(file), low.get(to)));
      } else if (onStack.has(to)) low.set(file, Math.min(low.get(file), index.get(to)));
    }
    if (low.get(file) !== index.get(file)) return;
    const component = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || (graph.get(file) ?? []).includes(file)) found.push(component);
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return found;
}

/** One concrete cycle through a knot, as a path that starts and ends at the same file. */
function cycleIn(component, graph) {
  const members = new Set(component);
  const start = [...component].sort()[0];
  const path = [start];
  const seen = new Set([start]);
  const walk = (file) => {
    for (const to of graph.get(file) ?? []) {
      if (!members.has(to)) continue;
      if (to === start) return [...path, start];
      if (seen.has(to)) continue;
      seen.add(to);
      path.push(to);
      const done = walk(to);
      if (done) return done;
      path.pop();
    }
    return undefined;
  };
  return walk(start) ?? [start, start];
}

/** Every import cycle among the TypeScript files below `folder`, each as a path of file names. */
export function findCycles(folder) {
  const graph = importGraph(sourceFiles(folder));
  return knots(graph).map((component) => cycleIn(component, graph));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const folder = resolve(process.argv[2] ?? 'src');
  const cycles = findCycles(folder);
  const name = (file) => relative(process.cwd(), file) || join('.', file);
  for (const cycle of cycles) console.error(`Import cycle: ${cycle.map(name).join(' -> ')}`);
  if (cycles.length > 0) {
    console.error(
      `${String(cycles.length)} import cycle(s) in ${name(folder)}, type-only imports included. ` +
        'Move what both sides need into a third file, or into the concept that owns it.',
    );
    process.exit(1);
  }
  console.log(`No import cycles in ${name(folder)} (type-only imports included).`);
}
