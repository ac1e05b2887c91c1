import { Suspense, useEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { ScreenErrorBoundary } from './screen-error-boundary';
import { linkPath, preloadScreen, preloadWhenIdle, trackPreload } from './screen-preload';
import { UpdatePrompt } from './update-prompt';
import { preloadable } from '../ui/preloadable';
import { Loading } from '../ui/loading';
import { ToastRegion } from '../ui/toast';

// Applies the chosen theme and reminder times once settings are read. Lazy, because reading
// settings needs the database code, which the first screen must not wait for; and only once the
// first screen is done, so it never competes with it (the chosen theme is already applied before
// the first paint by index.html's inline script).
// Outside the screens' error boundary: preloadable shows a chunk gone after a deploy as a notice.
const SettingsEffects = preloadable(
  () => import('../features/settings/settings-effects'),
  'SettingsEffects',
  2,
);

const sections = [
  { to: '/', label: 'Today' },
  { to: '/log', label: 'Log' },
  { to: '/plan', label: 'Plan' },
  { to: '/patterns', label: 'Patterns' },
  { to: '/more', label: 'More' },
] as const;

/** The frame around every screen: app name, the always-present "Log spasm" action, bottom navigation. */
/**
 * True two seconds after the first render, once the browser is idle: late enough that what it
 * gates never competes with the first screen's downloads and reads.
 */
function useIdle() {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    const done = () => {
      setIdle(true);
    };
    let idleId: number | undefined;
    const timer = setTimeout(() => {
      if ('requestIdleCallback' in window) idleId = requestIdleCallback(done, { timeout: 2000 });
      else done();
    }, 2000);
    return () => {
      clearTimeout(timer);
      if (idleId !== undefined) cancelIdleCallback(idleId);
    };
  }, []);
  return idle;
}

export function Shell() {
  const { pathname } = useLocation();
  const idle = useIdle();
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After client-side navigation, move focus to the new screen's heading so keyboard and
  // screen-reader users land on the new content rather than on the link they left.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    main.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [pathname]);

  // The likely next screens' code once the first screen is done, and any screen's as soon as a
  // link to it is pressed (the click comes 50 to 150 ms later): navigations are transitions
  // (react-router's BrowserRouter), so the current screen stays until the next one can draw.
  // Then the reads the Plan and History taps waited on longest, kept open (src/data/kept-reads.ts);
  // imported here, not above, so Dexie stays out of the first load.
  useEffect(() => {
    if (!idle) return;
    void preloadWhenIdle()
      .then(() => trackPreload(import('../data/kept-reads')))
      .then((kept) => kept.keepLikelyReads())
      // Only a head start: when it fails (a chunk gone after an update), each page reads for itself.
      .catch(() => undefined);
  }, [idle]);
  useEffect(() => {
    const pressed = (event: PointerEvent) => {
      const path = linkPath(event.target);
      if (path !== undefined) void preloadScreen(path);
    };
    document.addEventListener('pointerdown', pressed, { capture: true, passive: true });
    return () => {
      document.removeEventListener('pointerdown', pressed, { capture: true });
    };
  }, []);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <p className="app-name">Steadyback</p>
        <Link to="/log/new" className="button button-log">
          Log spasm
        </Link>
      </header>
      <main id="main" ref={main} className="app-main">
        {/* Screens load lazily inside the frame, so the header and navigation never blink; an error
            that stops one is shown in its place, with the frame still working. The boundary stays
            mounted across navigations (only the error boundary is keyed by address): in a
            transition React then keeps the current screen until the next one's code is there,
            rather than showing "Loading" and holding the new screen back ~300 ms. */}
        <Suspense fallback={<Loading />}>
          <ScreenErrorBoundary key={pathname}>
            <Outlet />
          </ScreenErrorBoundary>
        </Suspense>
      </main>
      <nav className="bottom-nav" aria-label="Main">
        <ul>
          {sections.map(({ to, label }) => (
            <li key={to}>
              <NavLink to={to} end={to === '/'}>
                {label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      {/* One stack above the navigation, so a toast and the update prompt never cover each other. */}
      <div className="notices">
        <ToastRegion />
        <UpdatePrompt />
      </div>
      {idle ? (
        <Suspense fallback={null}>
          <SettingsEffects />
        </Suspense>
      ) : null}
    </>
  );
}
