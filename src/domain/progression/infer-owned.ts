import { inUnits } from '../exercises';
import {
  defaultBandLevels,
  defaultBarbell,
  defaultDumbbells,
  defaultKettlebells,
  type EquipmentKind,
  type OwnedEquipment,
  type Plan,
} from '../plan';
import type { Units } from '../settings';
import { gridKindOf } from './step-limits';
import type { GridKind } from './owned-loads';

const clean = (value: number) => Math.round(value * 1e6) / 1e6;
const steps = (from: number, step: number, to: number) =>
  Array.from({ length: Math.floor((to - from) / step + 1e-9) + 1 }, (_, i) =>
    clean(from + i * step),
  );
const sortedUnion = (a: readonly number[], b: readonly number[]) =>
  [...new Set([...a, ...b])].sort((x, y) => x - y);

/**
 * What a person owns by default for the kinds of equipment they ticked, in `units` (the setup
 * form's starting answers, and a new plan saved without editing them).
 */
export function defaultOwned(equipment: readonly EquipmentKind[], units: Units): OwnedEquipment {
  return {
    units,
    ...(equipment.includes('dumbbells') && { dumbbells: defaultDumbbells[units] }),
    ...(equipment.includes('kettlebell') && { kettlebells: defaultKettlebells[units] }),
    ...(equipment.includes('barbell') && { barbell: defaultBarbell[units] }),
    ...(equipment.includes('bands') && { bandLevels: defaultBandLevels }),
  };
}

/**
 * The weights a stored plan implies the person owns (docs/domain.md §5b rule 5), for plans saved
 * before the question was asked: the defaults for each kind ticked, plus every load the plan
 * already uses (so no exercise is left off the grid or above its heaviest). Dumbbells become a
 * list of pairs; the bar gets heavier or lighter to hold the plan's barbell loads. The person
 * corrects it on the setup screen.
 */
export function inferOwned(plan: Plan): OwnedEquipment {
  const units: Units = plan.exercises.some((e) => e.loadUnits === 'lb') ? 'lb' : 'kg';
  const used = (kind: GridKind) =>
    plan.exercises.flatMap((e) =>
      gridKindOf(e) === kind && e.loadKg !== undefined && e.loadKg > 0
        ? [inUnits(e.loadKg, units), ...(e.stepIn ? [inUnits(e.stepIn.loadKg, units)] : [])]
        : [],
    );
  const owned = defaultOwned(plan.equipment, units);
  const dumbbellLoads = used('dumbbell');
  if (owned.dumbbells || dumbbellLoads.length > 0) {
    const d = defaultDumbbells[units];
    const base = d.kind === 'adjustable' ? steps(d.lightest, d.increment, d.heaviest) : d.weights;
    owned.dumbbells = { kind: 'fixed', weights: sortedUnion(base, dumbbellLoads).slice(-40) };
  }
  const bells = used('kettlebell');
  if (owned.kettlebells || bells.length > 0) {
    owned.kettlebells = sortedUnion(defaultKettlebells[units], bells).slice(-20);
  }
  const bars = used('barbell');
  if (owned.barbell || bars.length > 0) {
    const b = defaultBarbell[units];
    owned.barbell = {
      ...b,
      bar: Math.min(b.bar, ...bars),
      heaviest: Math.max(b.heaviest, ...bars),
    };
  }
  return owned;
}

/**
 * The weights owned after the setup screen: what was recorded, with the defaults added for a kind
 * newly ticked and dropped for a kind unticked (the person edits the amounts in setup).
 */
export function ownedAfterSetup(
  equipment: readonly EquipmentKind[],
  units: Units,
  current: OwnedEquipment | undefined,
): OwnedEquipment {
  const defaults = defaultOwned(equipment, current?.units ?? units);
  const has = (kind: EquipmentKind) => equipment.includes(kind);
  const next: OwnedEquipment = { units: current?.units ?? units };
  const dumbbells = has('dumbbells') ? (current?.dumbbells ?? defaults.dumbbells) : undefined;
  if (dumbbells) next.dumbbells = dumbbells;
  const kettlebells = has('kettlebell')
    ? (current?.kettlebells ?? defaults.kettlebells)
    : undefined;
  if (kettlebells) next.kettlebells = kettlebells;
  const barbell = has('barbell') ? (current?.barbell ?? defaults.barbell) : undefined;
  if (barbell) next.barbell = barbell;
  if (current?.microload !== undefined) next.microload = current.microload;
  const bands = has('bands') ? (current?.bandLevels ?? defaults.bandLevels) : undefined;
  if (bands !== undefined) next.bandLevels = bands;
  return next;
}
