import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { efforts } from '../../../domain/plan';
import { tabDraft } from '../../../ui/form-kit/tab-draft';
import type { SetAnswers } from './session-progress';
import { adoptOldDraft } from '../old-drafts';

/** Where the previous version kept the session in progress (localStorage, shared by every tab). */
export const OLD_SESSION_DRAFT_KEY = 'steadyback-session-draft';

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

/**
 * The session in progress in this tab: the form kit's per-tab draft (sessionStorage), so a reload,
 * an update or a locked phone keeps the skipped exercises, the answers and the running rest, while
 * two tabs never overwrite each other's; erasing all data empties it. Not a `useForm`: a session
 * has no one Save. Each set is its own idempotent write, stored the moment it is done and shown
 * as saving until read back (session-save.ts), and this draft lives on across those saves until
 * the session is finished (docs/decisions/form-kit-tab-drafts.md).
 */
export const sessionDraft = tabDraft<SessionDraft>('plan-session', parseSessionDraft);

// The previous version kept this draft in localStorage under OLD_SESSION_DRAFT_KEY, shared by
// every tab: migrated once into the first tab that opens the session, then removed (see
// adoptOldDraft), so a session under way when the update arrives keeps its skips and rest.
adoptOldDraft(OLD_SESSION_DRAFT_KEY, sessionDraft, parseSessionDraft);

/** Changes `day`'s draft, starting it afresh when the stored one is of another day. */
export function changeSessionDraft(day: string, patch: Partial<Omit<SessionDraft, 'day'>>) {
  const stored = sessionDraft.read();
  sessionDraft.write({ ...(stored?.day === day ? stored : emptyDraft(day)), ...patch });
}

const clearSessionDraft = () => {
  sessionDraft.clear();
};

/** `day`'s draft (empty while the stored one is of another day) and its writes. */
export function useDayDraft(day: string) {
  const stored = useSyncExternalStore(sessionDraft.subscribe, sessionDraft.read, sessionDraft.read);
  // A new day has begun: an earlier day's skips and rest are stale. (A past day opened to catch
  // up on its session leaves today's draft alone until it writes its own.)
  useEffect(() => {
    if (stored !== null && stored.day < day) clearSessionDraft();
  }, [stored, day]);
  const draft = useMemo(() => (stored?.day === day ? stored : emptyDraft(day)), [stored, day]);
  return { draft, change: changeSessionDraft, clear: clearSessionDraft };
}
