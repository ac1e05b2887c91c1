import { registerSW } from 'virtual:pwa-register';
import { requestPersistentStorage } from '../data/persistent-storage';
import { useUpdateState } from './update-state';

/**
 * Registers the service worker in "prompt" mode: when a new version is waiting we only raise a flag
 * and the person chooses when to reload, so nothing half-typed is ever lost to an automatic reload.
 */
export function startServiceWorker() {
  if (!('serviceWorker' in navigator)) return;
  const updateServiceWorker = registerSW({
    onNeedRefresh() {
      useUpdateState.setState({ updateReady: true, dismissed: false });
    },
    onRegisterError(error: unknown) {
      // Offline use is lost but the app still works online; nothing to show the person.
      console.error('Service worker registration failed', error);
    },
  });
  useUpdateState.setState({ applyUpdate: () => updateServiceWorker(true) });
  void requestPersistentStorage();
}
