import { findLevel } from '../exercises';
import { convertDown, type WeightedKind } from '../exercises';
import type { PlanExercise } from '../plan';
import { loadUnitsOf } from './prescription';
import type { Units } from '../settings';

/**
 * What switching one exercise to other units did: 'converted' moved its load down onto the new
 * units' steps; 'relabelled' had no load, so only its units changed (the rung it leads to starts
 * in them); 'kept' had no weight in the new units at or below its load, so it stays as it was.
 */
export type LoadConversion = {
  kind: 'converted' | 'relabelled' | 'kept';
  before: PlanExercise;
  after: PlanExercise;
};

const weightedKinds: readonly string[] = ['dumbbell', 'kettlebell', 'barbell'];

/** `exercise` labelled with `units`: kg plans carry no units field, as they always did. */
function labelled(exercise: PlanExercise, units: Units): PlanExercise {
  const next = { ...exercise };
  delete next.loadUnits;
  return units === 'lb' ? { ...next, loadUnits: units } : next;
}

/**
 * `exercise` with its loads in `units` (the person changed kg to lb, or back). Design choice: the
 * load goes down to the nearest weight its implement is sold in, in the new units (4 kg -> 7.5 lb
 * dumbbells, 8 kg -> 15 lb kettlebell), never up, so the week is never more work than before; the
 * setup change that stores it says so in a plain sentence (setupChange). Undefined when the
 * exercise already counts in `units`.
 */
export function convertLoads(exercise: PlanExercise, units: Units): LoadConversion | undefined {
  if (loadUnitsOf(exercise) === units) return undefined;
  const load = exercise.loadKg ?? 0;
  if (load <= 0) return { kind: 'relabelled', before: exercise, after: labelled(exercise, units) };
  const kind = findLevel(exercise.exerciseId)?.loadKind ?? 'dumbbell';
  const down = weightedKinds.includes(kind)
    ? convertDown(load, kind as WeightedKind, units)
    : undefined;
  if (down === undefined) return { kind: 'kept', before: exercise, after: exercise };
  return {
    kind: 'converted',
    before: exercise,
    after: { ...labelled(exercise, units), loadKg: down },
  };
}
