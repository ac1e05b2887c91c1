import type { Plan } from '../plan';
import type { Units } from '../settings';
import { loadUnitsOf } from './prescription';

/**
 * The units the plan's weights are counted in when they differ from `units` (the setting), else
 * undefined. A setting switch never converts the plan by itself (docs/decisions/
 * 0120-units-setting-covers-new-entries.md): the plan keeps the units of the weights owned until
 * the person saves it again in the new units.
 */
export function planUnitsOtherThan(plan: Plan, units: Units): Units | undefined {
  const other = plan.exercises.find((e) => (e.loadKg ?? 0) > 0 && loadUnitsOf(e) !== units);
  return other === undefined ? undefined : loadUnitsOf(other);
}
