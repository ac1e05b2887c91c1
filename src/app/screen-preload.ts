import { isValidElement, type ReactNode } from 'react';
import { createRoutesFromChildren, matchRoutes, type RouteObject } from 'react-router';

// Which screen's code a link leads to, found by react-router's own matching over the app's
// route tree (src/app/app-routes.tsx registers it), so a new route needs nothing here.
let routes: RouteObject[] = [];

/** Called once by app-routes.tsx with its <Route> tree. */
export function registerScreens(tree: ReactNode): void {
  routes = createRoutesFromChildren(tree);
}

const hasPreload = (type: unknown): type is { preload: () => Promise<unknown> } =>
  typeof type === 'function' &&
  'preload' in type &&
  typeof (type as { preload: unknown }).preload === 'function';

// Code fetched ahead of need, still on its way, and whether an update has stopped that: see
// settlePreloads.
const inFlight = new Set<Promise<unknown>>();
let stopped = false;

/** Keeps `loading` (code fetched ahead of need) counted until it settles, for settlePreloads. */
export function trackPreload<T>(loading: Promise<T>): Promise<T> {
  inFlight.add(loading);
  const done = () => {
    inFlight.delete(loading);
  };
  loading.then(done, done);
  return loading;
}

/** Stops fetching code ahead of need in this tab: once a new version waits, the old one's code is not worth it. */
export function stopPreloading(): void {
  stopped = true;
}

/**
 * Stops fetching code ahead of need in this tab and resolves once every such fetch already started
 * has settled. Reload asks for it before the new version takes over: in Chromium 156, a new
 * version told to take over while this tab's preloads were still being answered by the old one
 * never took over, and the tab's reload then hung (docs/decisions/0006-update-waits-for-the-person.md).
 */
export async function settlePreloads(): Promise<void> {
  stopPreloading();
  while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
}

/**
 * Starts fetching the code of the screen at `pathname` (see src/ui/preloadable.ts); resolves once
 * it has arrived, or failed (the navigation itself then shows why). Unknown paths do nothing, and
 * so does every path once an update has stopped preloading (settlePreloads).
 */
export async function preloadScreen(pathname: string): Promise<void> {
  if (stopped) return;
  const loads = (matchRoutes(routes, pathname) ?? []).map(({ route }) => {
    const type = isValidElement(route.element) ? route.element.type : undefined;
    return hasPreload(type) ? trackPreload(type.preload()) : Promise.resolve();
  });
  await Promise.allSettled(loads);
}

/**
 * The screens one tap away from Today (the header, the navigation, Today's cards) and the session,
 * fetched one after another when the browser is idle, after the first screen: each then opens in
 * the frame after its tap instead of waiting on its chunk (docs/architecture.md, performance).
 */
export const likelyScreens = [
  '/log/new',
  '/log',
  '/checkin',
  '/plan',
  '/patterns',
  '/plan/session',
  '/more',
] as const;

/** Preloads `paths` one at a time, each in its own idle period, so taps always come first. */
export async function preloadWhenIdle(paths: readonly string[] = likelyScreens): Promise<void> {
  for (const path of paths) {
    await new Promise<void>((resolve) => {
      if ('requestIdleCallback' in window) {
        requestIdleCallback(
          () => {
            resolve();
          },
          { timeout: 1000 },
        );
      } else setTimeout(resolve, 50);
    });
    await preloadScreen(path);
  }
}

/** For a pointer-down anywhere: the path of the app link under it, if any. */
export function linkPath(target: EventTarget | null): string | undefined {
  if (!(target instanceof Element)) return undefined;
  const link = target.closest('a[href]');
  if (!(link instanceof HTMLAnchorElement) || link.origin !== window.location.origin) {
    return undefined;
  }
  return link.pathname;
}
