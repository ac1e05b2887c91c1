import type { Plugin } from 'vite';

/**
 * In the production build, Dexie's modern ES2021 bundle (1.3 kB smaller gzipped than the ES5 build
 * its package entry wraps). Build only: the whole app, dexie-react-hooks included, is bundled then,
 * so there is exactly one Dexie; tests keep the package entry that Node loads.
 */
export function dexieModernBuild(): Plugin {
  return {
    name: 'steadyback-dexie-modern',
    apply: 'build',
    config: () => ({
      resolve: { alias: [{ find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' }] },
    }),
  };
}
