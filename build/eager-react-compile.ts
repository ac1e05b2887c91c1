import type { Plugin } from 'vite';

/**
 * React's CommonJS modules, each wrapped by the bundler in a function run when first required,
 * written as parenthesised function expressions instead of arrow functions in the built react
 * chunk, so V8 compiles them while the chunk downloads, off the main thread, rather than lazily
 * when src/main.tsx first evaluates React (docs/performance.md, "React compiled while it
 * downloads"). With 4x CPU throttling that evaluation was the longest task before Today was
 * usable; the figures before and after are there.
 *
 * After minification (the minifier would turn them back into arrows). Their bodies never use
 * `this` or `arguments` (CommonJS modules get `exports` and `module` as parameters), so the change
 * only moves when they are compiled.
 */
export function eagerReactCompile(): Plugin {
  return {
    name: 'steadyback-eager-react-compile',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const chunk = Object.values(bundle).find(
        (file) => file.type === 'chunk' && file.name === 'react',
      );
      if (chunk?.type !== 'chunk') return;
      // One wrapper per CommonJS module of react, react-dom and scheduler (all of them are).
      const modules = chunk.moduleIds.filter((id) => id.includes('node_modules')).length;
      let rewritten = 0;
      chunk.code = chunk.code.replace(
        /=([\w$]+)\(\((?:\(([\w$]+(?:,[\w$]+)?)\)|([\w$]+))=>\{/g,
        (_match, wrap: string, params?: string, param?: string) => {
          rewritten += 1;
          return `=${wrap}((function(${params ?? param ?? ''}){`;
        },
      );
      if (rewritten !== modules) {
        this.error(
          `Expected ${String(modules)} CommonJS wrappers in ${chunk.fileName}, rewrote ${String(rewritten)}: the bundler's output changed, update build/eager-react-compile.ts.`,
        );
      }
    },
  };
}
