import type { PlanExercise } from '../../domain/plan';
import { factsFor, formatLoad, targetRepsOf } from '../../domain/prescription';
import type { ExerciseSet } from '../../domain/session';
import type { Units } from '../../domain/settings';

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
      target: { reps, loadKg: exercise.loadKg, holdSeconds: exercise.holdSeconds },
    };
  }
  return null;
}

/** A set as a short phrase: "8 reps", "10 reps at 6 kg", "30 s hold", "3 × 10 s holds". */
export function describeSet(exercise: PlanExercise, amount: SetAmount, units: Units): string {
  const load =
    amount.loadKg !== undefined && amount.loadKg > 0
      ? ` at ${formatLoad(amount.loadKg, units)}`
      : '';
  if (factsFor(exercise).unit === 'seconds') {
    const hold = String(amount.holdSeconds ?? 0);
    return amount.reps === 1
      ? `${hold} s hold${load}`
      : `${String(amount.reps)} × ${hold} s holds${load}`;
  }
  return `${String(amount.reps)} rep${amount.reps === 1 ? '' : 's'}${load}`;
}
