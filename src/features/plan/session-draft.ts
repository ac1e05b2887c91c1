import { useEffect } from 'react';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { efforts } from '../../domain/plan';
import type { SetAnswers } from './session-progress';
import { onEraseAll } from '../../data/erase';

/** The localStorage key of the session in progress (erased with the app's data: see erase.ts). */
export const SESSION_DRAFT_KEY = 'steadyback-session-draft';

/**
 * What a session in progress holds that IndexedDB doesn't (the sets done are stored the moment
 * they are done): which exercises were skipped, the answers given for the set in progress, and
 * when the rest ends. The current exercise follows from the stored sets and `skipped`.
 */
export type SessionDraft = {
  day: string;
  /** Exercise ids skipped today, in the order skipped. */
  skipped: string[];
  answers: SetAnswers | null;
  /** When the rest ends, in epoch milliseconds: absolute, so a reload resumes it where it was. */
  restUntil: number | null;
  /** The rest's length in seconds as set (by exercise type, then − or +), for its bar. */
  restSeconds: number | null;
  /** When the hold under way ends, in epoch milliseconds (timed exercises; docs/domain.md §5b rule 11). */
  holdUntil: number | null;
  /** The one-tap lighter version of today's session was chosen (docs/domain.md §5b rule 1). */
  lighter: boolean;
};

export const emptyDraft = (day: string): SessionDraft => ({
  day,
  skipped: [],
  answers: null,
  restUntil: null,
  restSeconds: null,
  holdUntil: null,
  lighter: false,
});

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

const isPain = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 10;

function parseAnswers(value: unknown): SetAnswers | null {
  if (!isRecord(value) || typeof value.set !== 'string') return null;
  return {
    set: value.set,
    effort: efforts.find((effort) => effort === value.effort),
    pain: isPain(value.pain) ? value.pain : undefined,
  };
}

const instant = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;

/**
 * The stored draft if it still makes sense, else null: storage is a boundary, so a draft from an
 * older version or edited by hand is dropped rather than trusted (a set is checked again on save).
 */
export function parseSessionDraft(value: unknown): SessionDraft | null {
  if (!isRecord(value)) return null;
  const { day, skipped, answers, restUntil, restSeconds, holdUntil } = value;
  if (typeof day !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  if (!Array.isArray(skipped) || !skipped.every((id) => typeof id === 'string')) return null;
  return {
    day,
    skipped: [...new Set<string>(skipped)],
    answers: parseAnswers(answers),
    restUntil: instant(restUntil),
    restSeconds: instant(restSeconds),
    holdUntil: instant(holdUntil),
    lighter: value.lighter === true,
  };
}

type SessionDraftState = {
  /** The one session in progress; a draft of another day is stale (see useDayDraft). */
  draft: SessionDraft | null;
  /** Changes `day`'s draft, starting it afresh when the stored one is of another day. */
  change: (day: string, patch: Partial<Omit<SessionDraft, 'day'>>) => void;
  clear: () => void;
};

/**
 * The session in progress, in localStorage (UI state, like the setup draft), so closing the app
 * mid-session keeps the skipped exercises and the running rest; the sets live in IndexedDB.
 */
export const useSessionDraft = create<SessionDraftState>()(
  persist(
    (set) => ({
      draft: null,
      change: (day, patch) => {
        set(({ draft }) => ({
          draft: { ...(draft?.day === day ? draft : emptyDraft(day)), ...patch },
        }));
      },
      clear: () => {
        set({ draft: null });
      },
    }),
    {
      name: SESSION_DRAFT_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (state) => ({ draft: state.draft }),
      merge: (persisted, current) => ({
        ...current,
        draft: parseSessionDraft(isRecord(persisted) ? persisted.draft : undefined),
      }),
    },
  ),
);

// Erase all data, in this tab or another, empties this draft too: otherwise the next change here
// would write an erased entry back.
onEraseAll(() => {
  useSessionDraft.getState().clear();
});

/** `day`'s draft (empty while the stored one is of another day) and the store's writes. */
export function useDayDraft(day: string) {
  const stored = useSessionDraft((state) => state.draft);
  const change = useSessionDraft((state) => state.change);
  const clear = useSessionDraft((state) => state.clear);
  // A new day has begun: an earlier day's skips and rest are stale. (A past day opened to catch
  // up on its session leaves today's draft alone until it writes its own.)
  useEffect(() => {
    if (stored !== null && stored.day < day) clear();
  }, [stored, day, clear]);
  return { draft: stored?.day === day ? stored : emptyDraft(day), change, clear };
}
