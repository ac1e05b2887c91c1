import { fromUnits, inUnits, maxLoad } from '../../../domain/exercises';
import type { Plan } from '../../../domain/plan';
import type { PlanExercise } from '../../../domain/plan';
import { factsFor, ownedLoads, ownedLoadsNear, type GridKind } from '../../../domain/progression';

/** The values one tap on − and + lead to; undefined where the button has nowhere to go. */
export type Steps = { fewer: number | undefined; more: number | undefined };

const gridKinds: readonly string[] = ['dumbbell', 'kettlebell', 'barbell'];

/**
 * How much a hold changes by one tap at `seconds` (docs/domain.md §5b rule 11: holds grow by a
 * few seconds): 1 s where the exercise's holds are short (bird dog, 7-10 s), 2 s under 20 s,
 * 5 s from 20 s up (prone lying, 30-60 s). Never a fixed 5 s on a 10 s hold.
 */
export function holdStepAt(seconds: number, holdMax: number): number {
  if (seconds >= 20) return 5;
  return holdMax <= 10 ? 1 : 2;
}

export function holdSteps(seconds: number, holdMax: number): Steps {
  const down = seconds - holdStepAt(seconds - 1, holdMax);
  return {
    fewer: seconds <= 1 ? undefined : Math.max(1, down),
    more: seconds >= 600 ? undefined : seconds + holdStepAt(seconds, holdMax),
  };
}

/**
 * The loads, in kg, one tap lighter and heavier than `kg`: the next weights on the person's own
 * grid (docs/domain.md §5b rule 5; none heavier than the heaviest owned), or, when the plan
 * records no equipment of this kind, the exercise's smallest step in its own units.
 */
export function loadSteps(exercise: PlanExercise, plan: Pick<Plan, 'owned'>, kg: number): Steps {
  const facts = factsFor(exercise);
  const kind = facts.level?.loadKind;
  if (plan.owned && kind && gridKinds.includes(kind)) {
    const grid = kind as GridKind;
    if (ownedLoads(plan.owned, grid).length > 0) {
      const near = ownedLoadsNear(plan.owned, grid, kg);
      return { fewer: near.lighter, more: near.heavier };
    }
  }
  const units = facts.loadUnits;
  const value = inUnits(kg, units);
  const step = facts.loadStep;
  const down = Math.round((value - step) * 100) / 100;
  const up = Math.round((value + step) * 100) / 100;
  return {
    fewer: value <= 0 ? undefined : fromUnits(Math.max(0, down), units),
    more: up > maxLoad[units] ? undefined : fromUnits(up, units),
  };
}
