import type { Plugin } from 'vite';

/**
 * How the production build is cut into files, for the first-screen budget (docs/performance.md,
 * docs/decisions/0002-first-read-without-dexie.md). `npm run size` walks the result.
 */
export function chunkRules(): Plugin {
  return {
    name: 'steadyback-chunks',
    apply: 'build',
    config: () => ({
      build: {
        // dist/.vite/manifest.json lets scripts/check-size.mjs walk the chunk graph of the first screen.
        manifest: true,
        modulePreload: {
          // Every browser that runs the app (ES2022) supports modulepreload: no polyfill in the entry.
          polyfill: false,
          // A lazy screen's JavaScript imports are found by the browser when its chunk arrives, so the
          // entry does not carry a list of every chunk's file names (about 1 kB gzipped); its CSS must
          // still be listed, since nothing else loads it.
          // The entry's own few imports (the app, Today's panel and reads) keep theirs: rolldown
          // reaches each through a tiny re-export chunk (rolldown issue 9729, no option merges
          // them yet), and preloading the chunk behind it saves a round trip before Today is usable.
          // Patterns and its charts keep theirs too: its cold open has a budget of its own, and
          // without the list its chunks arrive as a chain, four round trips deep (Patterns, its
          // queries, dexie-react-hooks, then uPlot), each found only when the one before has come.
          // So do Today's rare cards, which Today waits for when a spasm is still going or a
          // weekly review is due: their chain (the finish form, its actions, the form hook) was
          // three round trips deep.
          resolveDependencies: (file, deps, { hostId, hostType }) =>
            hostType === 'html' ||
            /(^|\/)index-[^/]*\.js$/.test(hostId) ||
            /(^|\/)(patterns-page|pattern-charts|rare-cards)-[^/]*\.js$/.test(file)
              ? deps
              : deps.filter((dep) => dep.endsWith('.css')),
        },
        rolldownOptions: {
          // src/domain is pure (docs/architecture.md §1): its modules have no side effects, so a
          // screen that imports one function from a concept's index.ts gets that function, not the
          // concept.
          treeshake: {
            moduleSideEffects: (id: string) => !/src[\\/]domain[\\/]/.test(id),
          },
          output: {
            codeSplitting: {
              groups: [
                {
                  // Vite's dynamic-import helper, used by the entry itself: kept out of the app chunk,
                  // which the entry must not load statically (it starts it after the first paint).
                  name: 'preload-helper',
                  priority: 3,
                  test: /vite[\\/]preload-helper/,
                },
                {
                  // Dexie and the modules built on it, nothing they import (the schema, zod and the
                  // reads belong to Today's chunk): Today shows its first read before this chunk is
                  // fetched (src/data/today/today-queries.ts), other screens open the database with it
                  // while the app's chunk is still being evaluated (src/main.tsx).
                  name: 'database',
                  priority: 3,
                  test: /node_modules[\\/]dexie[\\/]|src[\\/]data[\\/](db|open-database|dexie-reads|today-live)\.ts$/,
                  includeDependenciesRecursively: false,
                },
                {
                  // React and React DOM with the module that starts them (src/app/react-runtime.ts):
                  // src/main.tsx evaluates this chunk in a task of its own, before the app's.
                  name: 'react',
                  priority: 3,
                  test: /node_modules[\\/](react|react-dom|scheduler)[\\/]|src[\\/]app[\\/]react-runtime\.ts$/,
                },
                {
                  // React, the router, the shell and Today's frame: what src/main.tsx starts after
                  // the prerendered first paint.
                  name: 'app',
                  priority: 2,
                  test: /src[\\/]app[\\/]start\.tsx$/,
                },
                {
                  // Today's data panel and the rest of what it needs (zod, the queries, schemas and
                  // cards) as one chunk: one request and one gzip stream instead of twenty small ones.
                  name: 'today',
                  priority: 1,
                  test: /src[\\/]features[\\/]today[\\/]today-summary\.tsx$/,
                },
              ],
            },
          },
        },
      },
    }),
  };
}
