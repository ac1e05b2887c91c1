import { startTransition, StrictMode } from 'react';
import { createRoot } from './react-runtime';
import { App } from './app';
import { afterFirstIdle } from '../data/first-idle';
import { clearDraftsOnErase } from './erase-drafts';
import { preloadScreen } from './screen-preload';

/** The longest a deep link's first render waits for its screen's code (see start). */
const SCREEN_WAIT_MS = 1000;

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
  // elements. On any other address the screen is empty: its code is fetched first (its chunk and
  // the chunks it imports, started now rather than after a first render), then the app renders
  // with it already there. Rendered before it arrived, the screen would suspend, the shell would
  // show "Loading…", and React would hold the screen back about 300 ms after that fallback
  // (docs/decisions/0021-instant-navigation.md): Patterns' cold open lost that much. A failed or
  // slow fetch renders anyway, and the screen's boundary shows what it always did.
  if (prerendered) startTransition(render);
  else {
    void Promise.race([
      preloadScreen(window.location.pathname),
      new Promise((resolve) => setTimeout(resolve, SCREEN_WAIT_MS)),
    ]).then(render);
  }
  // The service worker (with Workbox's registration code) once the first load is done: it only
  // matters for the next visit and offline use, and must not compete with the first screen.
  void afterFirstIdle()
    .then(() => import('./service-worker'))
    .then((sw) => {
      sw.startServiceWorker();
    });
}
