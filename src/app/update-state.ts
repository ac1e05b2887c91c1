import { create } from 'zustand';

type UpdateState = {
  /** A new service worker is installed and waiting; the person decides when to reload. */
  updateReady: boolean;
  /** Activates the waiting service worker and reloads; set once registration succeeds. */
  applyUpdate: () => Promise<void>;
  dismissed: boolean;
  dismiss: () => void;
};

export const useUpdateState = create<UpdateState>()((set) => ({
  updateReady: false,
  applyUpdate: () => Promise.resolve(),
  dismissed: false,
  dismiss: () => {
    set({ dismissed: true });
  },
}));
