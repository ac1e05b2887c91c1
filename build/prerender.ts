import { createServer, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import type * as PrerenderModule from '../src/app/prerender';
import { appVersionDefine } from './app-version';

type Prerender = typeof PrerenderModule;

/** Loads src/app/prerender.tsx in Node through Vite, to render the first screen with React. */
async function loadPrerender(): Promise<{
  firstScreen: string;
  scripts: Prerender['inlineScripts'];
}> {
  const server = await createServer({
    configFile: false,
    plugins: [react()],
    define: appVersionDefine,
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
 * The first screen prerendered into #root, so it paints from the HTML and CSS alone (Lighthouse's
 * LCP; docs/decisions/0003-prerendered-first-screen.md), with prerender.tsx's two inline scripts:
 * the theme before the first paint (head) and the deep-link cleanup right after #root. Build only:
 * Vite's dev server serves the empty #root. `contentSecurityPolicy` (csp.ts) pins both scripts.
 */
export function prerenderFirstScreen(): Plugin {
  return {
    name: 'steadyback-prerender',
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
        tags: [{ tag: 'script', children: scripts.theme, injectTo: 'head-prepend' }],
      };
    },
  };
}
