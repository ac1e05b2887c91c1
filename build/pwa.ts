import { VitePWA } from 'vite-plugin-pwa';

// Colours shared by the manifest and index.html's theme-color meta tag.
const themeColor = '#0f5c55';
const backgroundColor = '#f7f5f0';

/** The web app manifest, the icons and the Workbox service worker (offline, update prompt). */
export function pwa() {
  return VitePWA({
    // The app shows "A new version is ready" itself: it must never reload while someone is typing
    // (docs/decisions/0006-update-waits-for-the-person.md).
    registerType: 'prompt',
    injectRegister: false,
    // Icons (192, 512, maskable 512, apple-touch-icon, favicon) are generated at build time
    // from the single source image public/icon.svg; see build/pwa-assets.config.ts.
    pwaAssets: { config: 'build/pwa-assets.config.ts', overrideManifestIcons: true },
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
  });
}
