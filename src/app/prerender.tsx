import { StrictMode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { THEME_STORAGE_KEY } from '../features/settings/stored-theme';
import { AppRoutes } from './app-routes';

// Only the build runs this module, in Node (vite.config.ts): it is never bundled into the app.

/**
 * The first screen as React first renders it at "/" (the shell, Today's heading and lead, and the
 * placeholder where its cards will go), as HTML. The build writes it into index.html so the
 * screen paints from the HTML and CSS alone, before any JavaScript has downloaded; React then
 * renders the same elements in their place (prerender.test.tsx), so nothing moves.
 */
export function renderFirstScreen(): string {
  return renderToStaticMarkup(
    <StrictMode>
      <MemoryRouter initialEntries={['/']}>
        <AppRoutes />
      </MemoryRouter>
    </StrictMode>,
  );
}

/**
 * Two tiny scripts that must run before the first paint, inline in index.html (a file would cost
 * a round trip before anything shows; the Content-Security-Policy allows exactly these by hash).
 * `theme`: the person's chosen theme, as stored-theme.ts applies it, so a dark theme never opens
 * light. `deepLink`, right after #root: on any address but "/", clears the prerendered Today, so
 * a deep link never flashes the wrong screen before React renders the right one.
 */
export const inlineScripts = {
  theme: `try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`,
  deepLink: `if(location.pathname!=='/')document.getElementById('root').replaceChildren()`,
};
