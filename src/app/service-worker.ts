import { registerSW } from 'virtual:pwa-register';
import { requestPersistentStorage } from '../data/persistent-storage';
import { useUpdateState } from './update-state';

/**
 * Registers the service worker in "prompt" mode: when a new version is waiting we only raise a flag
 * and the person chooses when to reload, so nothing half-typed is ever lost to an automatic reload.
 *
 * Reload is per tab (docs/architecture.md, "Updates"): the new version takes control of every tab
 * at once, but only the tab whose person pressed Reload reloads; every other tab keeps what is on
 * its screen and shows the prompt, and reloads when its own person says so.
 */
export function startServiceWorker() {
  if (!('serviceWorker' in navigator)) return;
  // Whether this tab's person pressed Reload, and whether the new version already took over.
  let requested = false;
  let activated = false;
  const tookOver = () => {
    if (activated) return;
    activated = true;
    if (requested) window.location.reload();
    else useUpdateState.setState({ updateReady: true, dismissed: false });
  };
  const updateServiceWorker = registerSW({
    onNeedRefresh() {
      useUpdateState.setState({ updateReady: true, dismissed: false });
    },
    // Replaces the plugin's own reload of every tab once the new version controls them.
    onNeedReload: tookOver,
    onRegisterError(error: unknown) {
      // Offline use is lost but the app still works online; nothing to show the person.
      console.error('Service worker registration failed', error);
    },
  });
  // Every tab hears the new version take over, including one opened before the first install
  // (whose first change of controller is that install taking control, not an update).
  let controlled = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (controlled) tookOver();
    controlled = true;
  });
  useUpdateState.setState({
    applyUpdate: async () => {
      requested = true;
      // Another tab's Reload already activated it: this tab only needs to load it.
      if (activated) window.location.reload();
      else await updateServiceWorker(true);
    },
  });
  void requestPersistentStorage();
}
