import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { afterFirstIdle } from '../data/first-idle';
import { clearDraftsOnErase } from './erase-drafts';

/**
 * Renders the app into #root, in place of the first screen the build prerendered there when
 * `prerendered` (the same elements, so nothing moves), then registers the service worker once the
 * page has loaded.
 */
export function start(prerendered: boolean) {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html is missing its #root element');
  // From the start, so an erase in another tab reaches this tab's drafts whatever screen it shows.
  clearDraftsOnErase();
  const render = () => {
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  };
  // Over the prerendered screen, a transition: it is already showing, so React renders in small
  // slices that leave the main thread free for taps (no long task), then swaps in identical
  // elements. On any other address the screen is empty: render at once.
  if (prerendered) startTransition(render);
  else render();
  // The service worker (with Workbox's registration code) once the first load is done: it only
  // matters for the next visit and offline use, and must not compete with the first screen.
  void afterFirstIdle()
    .then(() => import('./service-worker'))
    .then((sw) => {
      sw.startServiceWorker();
    });
}
