import { useEffect } from 'react';

/**
 * Keeps the screen on while the session screen is open (a rest or hold must not end on a dark
 * screen), where the Screen Wake Lock API exists. The browser releases the lock when the page is
 * hidden, so it is asked for again each time the page becomes visible; released on leaving.
 */
export function useWakeLock() {
  useEffect(() => {
    if (!('wakeLock' in navigator)) return;
    let sentinel: WakeLockSentinel | null = null;
    let left = false;
    const request = async () => {
      if (document.visibilityState !== 'visible' || (sentinel && !sentinel.released)) return;
      try {
        const lock = await navigator.wakeLock.request('screen');
        if (left) void lock.release();
        else sentinel = lock;
      } catch {
        // Refused (battery saver, no permission): the screen may sleep, nothing else changes.
      }
    };
    const onVisible = () => void request();
    void request();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      left = true;
      document.removeEventListener('visibilitychange', onVisible);
      if (sentinel && !sentinel.released) void sentinel.release().catch(() => undefined);
    };
  }, []);
}
