import type { OwnedEquipment, PlanExercise } from '../plan';
import { snapToOwned } from './owned-loads';
import { gridKindOf } from './step-limits';

/**
 * The exercises with every load on the weights the person owns (docs/domain.md §5b rules 5-6),
 * after the setup screen changed what they own: each load to the heaviest owned at or below it
 * (never heavier), else the lightest owned; a step-in whose new load is no longer owned, or no
 * heavier, is dropped. Loads already owned, and exercises without a weight, stay as they are.
 */
export function fitLoadsToOwned(
  exercises: readonly PlanExercise[],
  owned: OwnedEquipment,
): PlanExercise[] {
  return exercises.map((exercise) => {
    const kind = gridKindOf(exercise);
    if (kind === undefined || exercise.loadKg === undefined || exercise.loadKg <= 0)
      return exercise;
    const loadKg = snapToOwned(owned, kind, exercise.loadKg) ?? exercise.loadKg;
    const next: PlanExercise = { ...exercise, loadKg };
    const stepIn = exercise.stepIn;
    if (
      stepIn !== undefined &&
      (snapToOwned(owned, kind, stepIn.loadKg) !== stepIn.loadKg || stepIn.loadKg <= loadKg)
    ) {
      delete next.stepIn;
    }
    return loadKg === exercise.loadKg && next.stepIn === exercise.stepIn ? exercise : next;
  });
}
