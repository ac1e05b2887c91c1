import { MIN_UNITS, rungOf } from '../exercises';
import type { PlanExercise } from '../plan';
import { comparableVolumes, factsFor, sessionVolume, targetRepsOf } from '../progression';
import { spreadReps } from '../progression';

/** How a prescription was lightened; 'none' when it already was as light as it goes. */
export type EaseHow = 'reps' | 'hold' | 'step-back' | 'two-steps' | 'rung-down' | 'none';
export type Eased = { after: PlanExercise; how: EaseHow };

// Design choice (docs/domain.md §5b rules 2 and 4): "about 10 %". Reps (or seconds held) come
// down by a tenth, at least one, never below the 10 a session the plan needs to grow again.
const EASE = 0.1;

/** About 10 % less: fewer reps (or a shorter hold), never below 10 a session; else unchanged. */
export function easeAbout10(exercise: PlanExercise): Eased {
  if (factsFor(exercise).unit === 'seconds') {
    const hold = exercise.holdSeconds ?? 0;
    const shorter = Math.max(MIN_UNITS, Math.min(hold - 1, Math.round(hold * (1 - EASE))));
    return shorter < hold
      ? { after: { ...exercise, holdSeconds: shorter }, how: 'hold' }
      : { after: exercise, how: 'none' };
  }
  const total = targetRepsOf(exercise).reduce((a, b) => a + b, 0);
  const floor = Math.max(MIN_UNITS, exercise.sets);
  const fewer = Math.max(floor, Math.min(total - 1, Math.round(total * (1 - EASE))));
  return fewer < total
    ? { after: { ...exercise, targetReps: spreadReps(fewer, exercise.sets) }, how: 'reps' }
    : { after: exercise, how: 'none' };
}

/**
 * True when `a` asks more of the person than `b`: a higher rung of the same ladder, else (same
 * rung) more session volume, else a heavier load. Across kinds of rung the rung decides.
 */
export function heavier(a: PlanExercise, b: PlanExercise): boolean {
  if (a.exerciseId !== b.exerciseId || !comparableVolumes(a, b))
    return rungOf(a.exerciseId) > rungOf(b.exerciseId);
  const va = sessionVolume(a);
  const vb = sessionVolume(b);
  if (Math.abs(va - vb) > 1e-9) return va > vb;
  return (a.loadKg ?? 0) > (b.loadKg ?? 0) + 1e-9;
}

/** The lighter of two lightenings (the first on a tie). */
export const lighterOf = (a: Eased, b: Eased): Eased => (heavier(a.after, b.after) ? b : a);
