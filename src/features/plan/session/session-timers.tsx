import { useCallback, type ReactNode } from 'react';
import { adjustRest, findLevel, restFor, type Rest } from '../../../domain/exercises';
import type { ExerciseSet, PlanExercise } from '../../../domain/plan';
import { factsFor } from '../../../domain/progression';
import { HoldTimer } from './hold-timer';
import { RestTimer } from './rest-timer';
import type { SessionDraft } from './session-draft';
import { unlockSound } from './timer-signals';

type Change = (day: string, patch: Partial<Omit<SessionDraft, 'day'>>) => void;

/** The rest after a set of `exercise` held for `holdSeconds` (docs/domain.md §5b rule 11). */
export function restAfter(exercise: Pick<PlanExercise, 'exerciseId'>, holdSeconds?: number): Rest {
  const level = findLevel(exercise.exerciseId) ?? { id: exercise.exerciseId, unit: 'reps' };
  return restFor(level, holdSeconds);
}

type TimersInput = {
  day: string;
  draft: SessionDraft;
  change: Change;
  /** The day's saved sets: the rest under way follows the last one. */
  sets: readonly ExerciseSet[];
  announce: (text: string) => void;
  /** A timer ended by the person's tap: the bar's next action takes focus. */
  onTapEnd: () => void;
};

/**
 * The session's rest and hold, stored as the instant each ends (in the day's draft), so a reload
 * or a locked phone resumes the count. Start and end are announced once, never every second.
 */
export function useSessionTimers({ day, draft, change, sets, announce, onTapEnd }: TimersInput) {
  const last = sets.at(-1);
  // Until the set just saved is read back, the rest's range is a guess; its length is stored.
  const base = last ? restAfter(last, last.holdSeconds) : restAfter({ exerciseId: '' });
  const rest = { ...base, seconds: draft.restSeconds ?? base.seconds };

  const endRest = useCallback(
    (byPerson: boolean) => {
      change(day, { restUntil: null, restSeconds: null });
      announce(byPerson ? 'Rest skipped.' : 'Rest over: time for the next set.');
      if (byPerson) onTapEnd();
    },
    [change, day, announce, onTapEnd],
  );
  const endHold = useCallback(
    (byPerson: boolean) => {
      change(day, { holdUntil: null });
      announce(byPerson ? 'Hold stopped.' : 'Hold done. Rest, then the next hold or Done.');
      if (byPerson) onTapEnd();
    },
    [change, day, announce, onTapEnd],
  );

  /** Starts the rest after a set of `exercise` just saved; returns its length in seconds. */
  function startRest(exercise: PlanExercise, holdSeconds?: number): number {
    const { seconds } = restAfter(exercise, holdSeconds);
    change(day, { restUntil: Date.now() + seconds * 1000, restSeconds: seconds, holdUntil: null });
    return seconds;
  }

  function startHold(exercise: PlanExercise, seconds: number) {
    unlockSound();
    change(day, { holdUntil: Date.now() + seconds * 1000 });
    announce(`Hold ${factsFor(exercise).name} for ${String(seconds)} seconds.`);
  }

  function adjust(steps: number) {
    if (draft.restUntil === null) return;
    const moved = adjustRest(rest, steps);
    const until = draft.restUntil + (moved.seconds - rest.seconds) * 1000;
    change(day, { restUntil: until, restSeconds: moved.seconds });
  }

  let timer: ReactNode = null;
  if (draft.restUntil !== null) {
    timer = <RestTimer until={draft.restUntil} rest={rest} onEnd={endRest} onAdjust={adjust} />;
  } else if (draft.holdUntil !== null) {
    timer = <HoldTimer until={draft.holdUntil} onEnd={endHold} />;
  }
  return { timer, startRest, startHold };
}
