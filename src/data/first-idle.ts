let firstIdle: Promise<void> | undefined;
let resolveEarly: (() => void) | undefined;
let doneEarly = false;

/** How long after the page's load event the first screen is taken to be done. */
const SETTLE_MS = 2000;

/**
 * Resolves once the first screen is done and the network quiet: two seconds after the page's load
 * event, then in the browser's next idle period. Work Today does not need (Dexie's live reads, the
 * service worker, SettingsEffects, other screens' code) waits for it, so the first load downloads
 * only what Today shows (docs/architecture.md, performance; scripts/check-size.mjs measures it).
 * Resolves sooner, at once, when the person presses a key or the screen (from then on they are
 * using the app, and what they do may need that work) or when Dexie has loaded anyway (see
 * firstLoadDone).
 */
export function afterFirstIdle(): Promise<void> {
  firstIdle ??= new Promise<void>((resolve) => {
    if (doneEarly) {
      resolve();
      return;
    }
    const done = () => {
      window.removeEventListener('pointerdown', done, true);
      window.removeEventListener('keydown', done, true);
      resolve();
    };
    resolveEarly = done;
    window.addEventListener('pointerdown', done, { capture: true, once: true });
    window.addEventListener('keydown', done, { capture: true, once: true });
    const settle = () => {
      setTimeout(() => {
        if ('requestIdleCallback' in window) requestIdleCallback(done, { timeout: 1000 });
        else done();
      }, SETTLE_MS);
    };
    if (document.readyState === 'complete') settle();
    else window.addEventListener('load', settle, { once: true });
  });
  return firstIdle;
}

/**
 * Called when Dexie's module runs (./db.ts): another screen or a save has downloaded it, so the
 * work waiting for the first idle (Today's live reads above all) has nothing left to wait for.
 */
export function firstLoadDone(): void {
  doneEarly = true;
  resolveEarly?.();
}
