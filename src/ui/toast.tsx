import { useSyncExternalStore } from 'react';

/** A short confirmation shown above the bottom navigation, with an optional action such as Undo. */
export type ToastMessage = { text: string; action?: { label: string; run: () => unknown } };

let current: ToastMessage | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<() => void>();
const emit = () => {
  for (const listener of listeners) listener();
};

/** How long a confirmation stays: long enough to reach Undo with a thumb, or a screen reader. */
export const TOAST_MS = 8000;

/** Shows `message`, replacing any toast already showing. */
export function showToast(message: ToastMessage) {
  current = message;
  clearTimeout(timer);
  timer = setTimeout(dismissToast, TOAST_MS);
  emit();
}

export function dismissToast() {
  current = null;
  clearTimeout(timer);
  emit();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Renders the current toast in a polite live region (mounted once, in the shell). */
export function ToastRegion() {
  // The same snapshot on the server: the build renders the shell to HTML (src/app/prerender.tsx).
  const message = useSyncExternalStore(
    subscribe,
    () => current,
    () => current,
  );
  const action = message?.action;
  return (
    <div role="status" aria-live="polite" className="toast-region">
      {message ? (
        <div className="toast">
          <span>{message.text}</span>
          {action ? (
            <button
              type="button"
              className="button"
              onClick={() => {
                dismissToast();
                void action.run();
              }}
            >
              {action.label}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
