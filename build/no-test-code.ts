import { relative, sep } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Test support code (docs/architecture.md §1): everything under tests/, shared render helpers
 * (`*.test-helper.*`), test builders and the tests themselves. None of it may reach the build.
 */
export function isTestCode(file: string): boolean {
  const path = file.split(sep).join('/');
  return (
    /(^|\/)tests\//.test(path) ||
    /\.test-helper\.[cm]?[jt]sx?$/.test(path) ||
    /\.(test|spec)\.[cm]?[jt]sx?$/.test(path) ||
    /(^|\/)[\w-]*test-builders?\.[cm]?[jt]sx?$/.test(path)
  );
}

/**
 * Fails the production build when any chunk holds test support code: a shipped file that imports
 * a builder or an arbitrary would otherwise carry it (and fast-check) to every phone.
 */
export function noTestCode(root = process.cwd()): Plugin {
  return {
    name: 'steadyback-no-test-code',
    apply: 'build',
    generateBundle(_options, bundle) {
      const shipped = Object.values(bundle).flatMap((output) =>
        output.type === 'chunk'
          ? output.moduleIds
              .filter((id) => !id.startsWith('\0') && !id.includes('/node_modules/'))
              .map((id) => ({
                chunk: output.fileName,
                file: relative(root, id.split('?')[0] ?? id),
              }))
          : [],
      );
      const leaks = shipped.filter(({ file }) => isTestCode(file));
      if (leaks.length > 0) {
        this.error(
          `Test support code would ship: ${leaks.map((l) => `${l.file} (in ${l.chunk})`).join(', ')}. ` +
            'Shipped code must not import from tests/ or *.test-helper.* files.',
        );
      }
    },
  };
}
