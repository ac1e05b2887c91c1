import type { PlanExercise } from '../../../domain/plan';
import {
  factsFor,
  formatLoad,
  loadUnitsOf,
  setLoadsOf,
  targetRepsOf,
} from '../../../domain/progression';
import type { Effort, ExerciseSet } from '../../../domain/plan';

/** What one set is done at: reps (or holds), and the load and hold when the exercise has them. */
export type SetAmount = {
  reps: number;
  loadKg?: number | undefined;
  holdSeconds?: number | undefined;
};

export type NextSet = {
  exercise: PlanExercise;
  /** Position of the exercise in the plan, 0-based. */
  index: number;
  setNumber: number;
  target: SetAmount;
};

/**
 * The next set to do: the first plan exercise, in plan order, with fewer sets saved than
 * prescribed and not skipped. Derived from the saved sets alone, so reopening the app resumes
 * at the right set. Null when every exercise is done or skipped.
 */
export function nextSet(
  exercises: readonly PlanExercise[],
  sets: readonly ExerciseSet[],
  skipped: ReadonlySet<string> = new Set(),
): NextSet | null {
  for (const [index, exercise] of exercises.entries()) {
    const done = sets.filter((set) => set.exerciseId === exercise.exerciseId).length;
    if (done >= exercise.sets || skipped.has(exercise.exerciseId)) continue;
    const reps = targetRepsOf(exercise)[done] ?? exercise.repsMin;
    return {
      exercise,
      index,
      setNumber: done + 1,
      // During a step-in the first sets are at the new, heavier load (docs/domain.md §5b rule 5).
      target: {
        reps,
        loadKg: exercise.loadKg === undefined ? undefined : setLoadsOf(exercise)[done],
        holdSeconds: exercise.holdSeconds,
      },
    };
  }
  return null;
}

/**
 * A set as a short phrase, loads in the exercise's own units: "8 reps", "10 reps at 6 kg",
 * "10 reps at 15 lb", "30 s hold", "3 × 10 s holds".
 */
export function describeSet(exercise: PlanExercise, amount: SetAmount): string {
  const load =
    amount.loadKg !== undefined && amount.loadKg > 0
      ? ` at ${formatLoad(amount.loadKg, loadUnitsOf(exercise))}`
      : '';
  if (factsFor(exercise).unit === 'seconds') {
    const hold = String(amount.holdSeconds ?? 0);
    return amount.reps === 1
      ? `${hold} s hold${load}`
      : `${String(amount.reps)} × ${hold} s holds${load}`;
  }
  return `${String(amount.reps)} rep${amount.reps === 1 ? '' : 's'}${load}`;
}

/** Names one set of a session: the same exercise and set number are the same set. */
export const setKey = (exerciseId: string, setNumber: number) =>
  `${exerciseId}#${String(setNumber)}`;

/** Effort and pain chosen for one set not yet saved; `set` is its setKey. */
export type SetAnswers = { set: string; effort?: Effort | undefined; pain?: number | undefined };

export type Answers = {
  effort: Effort | undefined;
  pain: number | undefined;
  /** The set of the same exercise the answers not chosen yet start from (shown to the person). */
  carried: ExerciseSet | undefined;
};

/**
 * Effort and pain for `next`: those chosen for it, else the last set of the same exercise's (a
 * second set usually feels like the first, so it is one tap, and the screen says so), else none.
 * Never another exercise's: how a press-up felt says nothing about a row, and a silent "hard"
 * or "6/10" carried over would change the weekly review.
 */
export function answersFor(
  next: NextSet | null,
  sets: readonly ExerciseSet[],
  chosen: SetAnswers | null,
): Answers {
  if (next === null) return { effort: undefined, pain: undefined, carried: undefined };
  const { exerciseId } = next.exercise;
  const own = chosen?.set === setKey(exerciseId, next.setNumber) ? chosen : null;
  const last = sets.filter((set) => set.exerciseId === exerciseId).at(-1);
  const effort = own?.effort ?? last?.effort;
  const pain = own?.pain ?? last?.painDuring;
  const fromLast = own?.effort === undefined || own.pain === undefined;
  return { effort, pain, carried: fromLast ? last : undefined };
}
