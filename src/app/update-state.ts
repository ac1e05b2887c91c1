import { useSyncExternalStore } from 'react';

type UpdateState = {
  /** A new service worker is installed and waiting; the person decides when to reload. */
  updateReady: boolean;
  /** Activates the waiting service worker and reloads; set once registration succeeds. */
  applyUpdate: () => Promise<void>;
  dismissed: boolean;
  dismiss: () => void;
};

// A store of four fields in the entry chunk: React's useSyncExternalStore instead of a library.
let state: UpdateState = {
  updateReady: false,
  applyUpdate: () => Promise.resolve(),
  dismissed: false,
  dismiss: () => {
    setState({ dismissed: true });
  },
};
const listeners = new Set<() => void>();

function setState(changes: Partial<UpdateState>) {
  state = { ...state, ...changes };
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** The update flow's state, live; `useUpdateState.setState` changes it from outside React. */
export const useUpdateState = Object.assign(
  () =>
    useSyncExternalStore(
      subscribe,
      () => state,
      () => state,
    ),
  { setState, getState: () => state },
);
