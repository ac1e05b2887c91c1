// Browser notifications, where the browser has them. Steadyback has no server, so nothing can be
// pushed: a reminder can only be shown by the app itself while it is open or kept in memory.

export type NotificationState = 'unsupported' | 'default' | 'granted' | 'denied';

export function notificationState(): NotificationState {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

/** Asks for permission; call only when the person has just turned a reminder on. */
export async function askForNotifications(): Promise<NotificationState> {
  if (typeof Notification === 'undefined') return 'unsupported';
  if (Notification.permission !== 'default') return Notification.permission;
  return Notification.requestPermission();
}

/** Shows a notification through the service worker when there is one (required on Android). */
export async function notify(title: string, body: string): Promise<void> {
  if (notificationState() !== 'granted') return;
  const registration =
    'serviceWorker' in navigator ? await navigator.serviceWorker.getRegistration() : undefined;
  if (registration) await registration.showNotification(title, { body, tag: title });
  else new Notification(title, { body, tag: title });
}
