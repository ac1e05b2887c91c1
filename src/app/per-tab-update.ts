/**
 * What "Reload" on "A new version is ready" does in one tab, apart from the browser so it can be
 * tested (per-tab-update.test.ts). Reload is per tab (docs/decisions/0006-update-waits-for-the-person.md): the new
 * version takes control of every tab at once, but only the tab whose person pressed Reload
 * reloads; every other tab keeps what is on its screen and shows the prompt.
 */
export type UpdateBrowser = {
  reload: () => void;
  /** The installed version waiting to take over now, from the live registration. */
  waitingWorker: () => ServiceWorker | null | undefined | Promise<ServiceWorker | null | undefined>;
  /** Raises "A new version is ready" in this tab. */
  showPrompt: () => void;
  /** Resolves once this tab's code fetched ahead of need has arrived, none started after it. */
  settlePreloads: () => Promise<void>;
  setTimer: (run: () => void, ms: number) => unknown;
};

/**
 * How long Reload waits for the new version to take over before it reloads anyway: a person who
 * pressed Reload always sees the page load, even when the browser holds the new version back (the
 * prompt then comes again on the reloaded page).
 */
export const TAKE_OVER_WAIT_MS = 10_000;

export function perTabUpdate(browser: UpdateBrowser) {
  // Whether this tab's person pressed Reload, and whether the new version already took over.
  let requested = false;
  let activated = false;
  let reloaded = false;
  const reloadOnce = () => {
    if (reloaded) return;
    reloaded = true;
    browser.reload();
  };
  return {
    /** The new version now controls this tab (another tab's Reload, or this one's). */
    tookOver: () => {
      if (activated) return;
      activated = true;
      if (requested) reloadOnce();
      else browser.showPrompt();
    },
    /** The person pressed Reload in this tab. */
    apply: async () => {
      requested = true;
      // Another tab's Reload already activated it: this tab only needs to load it.
      if (activated) {
        reloadOnce();
        return;
      }
      // Armed before anything that waits on the browser: whatever the browser does with the
      // question below, the person who pressed Reload sees the page load.
      browser.setTimer(reloadOnce, TAKE_OVER_WAIT_MS);
      // Nothing of this tab's still being answered by the old version when the new one is told
      // to take over (see settlePreloads).
      await browser.settlePreloads();
      // Read from the registration rather than the plugin's copy of it, so the message reaches
      // the version waiting now (an update found by another tab included).
      const waiting = await browser.waitingWorker();
      if (!waiting) {
        // Nothing waits any more: the newest version is already the active one.
        reloadOnce();
        return;
      }
      waiting.postMessage({ type: 'SKIP_WAITING' });
    },
  };
}
