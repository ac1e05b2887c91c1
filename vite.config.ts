/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import type * as PrerenderModule from './src/app/prerender';

// Colours shared by the manifest and index.html's theme-color meta tag.
const themeColor = '#0f5c55';
const backgroundColor = '#f7f5f0';

// Vitest 5's reporter calls Map.groupBy (Node 21+) when printing failures; on Node 20 it would
// crash and hide the failure. This config file runs in Vitest's main process, so patch it here.
if (!('groupBy' in Map)) {
  Object.defineProperty(Map, 'groupBy', {
    value<K, V>(items: Iterable<V>, keyOf: (item: V, index: number) => K) {
      const groups = new Map<K, V[]>();
      let index = 0;
      for (const item of items) {
        const key = keyOf(item, index++);
        groups.set(key, [...(groups.get(key) ?? []), item]);
      }
      return groups;
    },
  });
}

const packageVersion = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string })
  .version;
// STEADYBACK_VERSION names a build apart from the package's version: the update e2e test deploys
// two builds that differ only by it (scripts/build-two-versions.mjs).
const version = process.env.STEADYBACK_VERSION ?? packageVersion;

const sha256 = (script: string) =>
  `'sha256-${createHash('sha256').update(script).digest('base64')}'`;

type Prerender = typeof PrerenderModule;

/** Loads src/app/prerender.tsx in Node through Vite, to render the first screen with React. */
async function loadPrerender(): Promise<{
  firstScreen: string;
  scripts: Prerender['inlineScripts'];
}> {
  const server = await createServer({
    configFile: false,
    plugins: [react()],
    define: { __APP_VERSION__: JSON.stringify(version) },
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
    optimizeDeps: { noDiscovery: true, include: [] },
    logLevel: 'error',
  });
  try {
    const prerender = (await server.ssrLoadModule('/src/app/prerender.tsx')) as Prerender;
    return { firstScreen: prerender.renderFirstScreen(), scripts: prerender.inlineScripts };
  } finally {
    await server.close();
  }
}

/**
 * The production index.html: a strict Content-Security-Policy (only the app's own origin, no
 * inline scripts but prerender.tsx's two, pinned by hash, no requests elsewhere), and the first
 * screen prerendered into #root so it paints from the HTML and CSS alone (Lighthouse's LCP).
 * Build only: Vite's dev server injects inline scripts for hot reloading.
 */
const productionHtml: Plugin = {
  name: 'steadyback-production-html',
  apply: 'build',
  transformIndexHtml: async (html) => {
    const root = '<div id="root"></div>';
    if (!html.includes(root)) throw new Error('index.html has no empty <div id="root"></div>');
    const { firstScreen, scripts } = await loadPrerender();
    return {
      html: html.replace(
        root,
        `<div id="root">${firstScreen}</div><script>${scripts.deepLink}</script>`,
      ),
      tags: [
        {
          tag: 'meta',
          attrs: {
            'http-equiv': 'Content-Security-Policy',
            content: [
              "default-src 'self'",
              `script-src 'self' ${sha256(scripts.theme)} ${sha256(scripts.deepLink)}`,
              "style-src 'self'",
              "img-src 'self' data: blob:",
              "connect-src 'self'",
              "font-src 'self'",
              "manifest-src 'self'",
              "worker-src 'self'",
              "object-src 'none'",
              "base-uri 'self'",
              "form-action 'self'",
            ].join('; '),
          },
          injectTo: 'head-prepend',
        },
        { tag: 'script', children: scripts.theme, injectTo: 'head-prepend' },
      ],
    };
  },
};

/**
 * In the production build, Dexie's modern ES2021 bundle (1.3 kB smaller gzipped than the ES5 build
 * its package entry wraps). Build only: the whole app, dexie-react-hooks included, is bundled then,
 * so there is exactly one Dexie; tests keep the package entry that Node loads.
 */
const dexieModernBuild: Plugin = {
  name: 'steadyback-dexie-modern',
  apply: 'build',
  config: () => ({
    resolve: { alias: [{ find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' }] },
  }),
};

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify(version) },
  plugins: [
    react(),
    productionHtml,
    dexieModernBuild,
    VitePWA({
      // The app shows "A new version is ready" itself: it must never reload while someone is typing.
      registerType: 'prompt',
      injectRegister: false,
      // Icons (192, 512, maskable 512, apple-touch-icon, favicon) are generated at build time
      // from the single source image public/icon.svg; see pwa-assets.config.ts.
      pwaAssets: { config: true, overrideManifestIcons: true },
      manifest: {
        name: 'Steadyback: back spasm recovery tracker',
        short_name: 'Steadyback',
        description:
          'Log back spasms in seconds, find your triggers and follow a gradual exercise plan. Works offline; nothing leaves your phone.',
        id: '/',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        theme_color: themeColor,
        background_color: backgroundColor,
        lang: 'en',
        categories: ['health', 'medical', 'fitness'],
        // Shown by Chromium's richer install dialog; also the README's picture.
        screenshots: [
          {
            src: '/screenshots/today-phone.png',
            sizes: '412x915',
            type: 'image/png',
            form_factor: 'narrow',
            label: 'Today: what to do today, and where you are on the path',
          },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,ico}'],
        // The install screenshot is only needed online, at install time.
        globIgnores: ['screenshots/**'],
        // Deep links such as /patterns open offline from the cached shell.
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
        // The first install takes control at once so the app works offline after one visit; later
        // versions still wait for the person's "Reload" (no skipWaiting in prompt mode).
        clientsClaim: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    // dist/.vite/manifest.json lets scripts/check-size.mjs walk the chunk graph of the first screen.
    manifest: true,
    modulePreload: {
      // Every browser that runs the app (ES2022) supports modulepreload: no polyfill in the entry.
      polyfill: false,
      // A lazy screen's JavaScript imports are found by the browser when its chunk arrives, so the
      // entry does not carry a list of every chunk's file names (about 1 kB gzipped); its CSS must
      // still be listed, since nothing else loads it.
      resolveDependencies: (_file, deps, { hostType }) =>
        hostType === 'html' ? deps : deps.filter((dep) => dep.endsWith('.css')),
    },
    rolldownOptions: {
      // src/domain is pure (docs/architecture.md): its modules have no side effects, so a screen
      // that imports one function from a concept's index.ts gets that function, not the concept.
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
              // fetched (src/data/today-queries.ts), other screens open the database with it
              // while the app's chunk is still being evaluated (src/main.tsx).
              name: 'database',
              priority: 3,
              test: /node_modules[\\/]dexie[\\/]|src[\\/]data[\\/](db|open-database|dexie-reads|today-live)\.ts$/,
              includeDependenciesRecursively: false,
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
  test: {
    environment: 'jsdom',
    setupFiles: ['tests/setup/vitest-setup.ts'],
    include: [
      'src/**/*.test.{ts,tsx}',
      'tests/unit/**/*.test.{ts,tsx}',
      // The seed and benchmark data: their counts, determinism and restorability, not timings.
      'tests/bench/**/*.test.ts',
    ],
    restoreMocks: true,
  },
});
