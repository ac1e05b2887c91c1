import { registerSW } from 'virtual:pwa-register';
import { requestPersistentStorage } from '../data/persistent-storage';
import { perTabUpdate } from './per-tab-update';
import { settlePreloads, stopPreloading } from './screen-preload';
import { useUpdateState } from './update-state';

/**
 * Registers the service worker in "prompt" mode: when a new version is waiting we only raise a flag
 * and the person chooses when to reload, so nothing half-typed is ever lost to an automatic reload.
 *
 * Reload is per tab (docs/decisions/0006-update-waits-for-the-person.md): the new version takes control of every tab
 * at once, but only the tab whose person pressed Reload reloads; every other tab keeps what is on
 * its screen and shows the prompt, and reloads when its own person says so.
 */
export function startServiceWorker() {
  if (!('serviceWorker' in navigator)) return;
  // The live registration: its `waiting` is kept current by the browser, so Reload reads it
  // without a round trip (getRegistration is asked only before registration has finished).
  let registration: ServiceWorkerRegistration | undefined;
  const update = perTabUpdate({
    reload: () => {
      window.location.reload();
    },
    waitingWorker: () =>
      registration
        ? registration.waiting
        : navigator.serviceWorker.getRegistration().then((found) => found?.waiting),
    showPrompt: () => {
      useUpdateState.setState({ updateReady: true, dismissed: false });
    },
    settlePreloads,
    setTimer: (run, ms) => setTimeout(run, ms),
  });
  registerSW({
    onNeedRefresh() {
      // In every tab, so that little of the old version's code is still on its way when someone
      // presses Reload (see settlePreloads).
      stopPreloading();
      useUpdateState.setState({ updateReady: true, dismissed: false });
    },
    // Replaces the plugin's own reload of every tab once the new version controls them.
    onNeedReload: update.tookOver,
    onRegisteredSW(_url, registered) {
      registration = registered;
    },
    onRegisterError(error: unknown) {
      // Offline use is lost but the app still works online; nothing to show the person.
      console.error('Service worker registration failed', error);
    },
  });
  // Every tab hears the new version take over, including one opened before the first install
  // (whose first change of controller is that install taking control, not an update).
  let controlled = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (controlled) update.tookOver();
    controlled = true;
  });
  useUpdateState.setState({ applyUpdate: update.apply });
  void requestPersistentStorage();
}
