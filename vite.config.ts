/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

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

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

/**
 * A strict Content-Security-Policy for the production build: only the app's own origin, no inline
 * scripts, no requests elsewhere. Added at build time only, because Vite's dev server injects
 * inline scripts for hot reloading.
 */
const contentSecurityPolicy: Plugin = {
  name: 'steadyback-csp',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: {
        'http-equiv': 'Content-Security-Policy',
        content: [
          "default-src 'self'",
          "script-src 'self'",
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
  ],
};

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify(version) },
  plugins: [
    react(),
    contentSecurityPolicy,
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
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['tests/setup/vitest-setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    // `npm run bench`: analyses over 10 years of synthetic data, printed as a table.
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
  },
});
