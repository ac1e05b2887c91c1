import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { parseDraft, type EpisodeDraft } from '../../domain/logging';
import { onEraseAll } from '../../data/erase';

/** The localStorage key of the unsaved "Log a spasm" form. */
export const DRAFT_STORAGE_KEY = 'steadyback-episode-draft';

type DraftState = {
  /** What the person has typed into a new spasm so far; null until they change anything. */
  draft: EpisodeDraft | null;
  setDraft: (draft: EpisodeDraft) => void;
  clearDraft: () => void;
};

/**
 * The new-spasm form as it is being filled in. Kept in localStorage (not IndexedDB: it is UI
 * state, not a fact) so a spasm half-logged when the phone locks or the app closes is still there.
 */
export const useDraftStore = create<DraftState>()(
  persist(
    (set) => ({
      draft: null,
      setDraft: (draft) => {
        set({ draft });
      },
      clearDraft: () => {
        set({ draft: null });
      },
    }),
    {
      name: DRAFT_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (state) => ({ draft: state.draft }),
      // Storage is a boundary: a draft written by an older version, or edited by hand, is dropped
      // rather than trusted.
      merge: (persisted, current) => {
        const stored: unknown =
          typeof persisted === 'object' && persisted !== null && 'draft' in persisted
            ? persisted.draft
            : undefined;
        return { ...current, draft: parseDraft(stored) ?? null };
      },
    },
  ),
);

// Erase all data, in this tab or another, empties this draft too: otherwise the next change here
// would write an erased entry back.
onEraseAll(() => {
  useDraftStore.getState().clearDraft();
});
