import type { LoadKind } from '../exercises';
import { fromUnits } from '../exercises';
import type { OwnedEquipment } from '../plan';

/** The weighted kinds a grid exists for (bands are levels, bodyweight has no load). */
export type GridKind = Extract<LoadKind, 'dumbbell' | 'kettlebell' | 'barbell'>;

const EPS = 1e-6;
// Loads in the owner's units are kept to a millionth, so 2 + 0.5 x 3 never reads 3.4999999.
const clean = (value: number) => Math.round(value * 1e6) / 1e6;

function steps(from: number, step: number, to: number): number[] {
  const count = Math.floor((to - from) / step + EPS);
  return Array.from({ length: count + 1 }, (_, i) => clean(from + i * step));
}

/** The loads of one kind in the owner's units, lightest first, before microloads. */
function baseLoads(owned: OwnedEquipment, kind: GridKind): number[] {
  if (kind === 'kettlebell') return owned.kettlebells ?? [];
  if (kind === 'barbell') {
    const bar = owned.barbell;
    return bar ? steps(bar.bar, 2 * bar.smallestPlate, bar.heaviest) : [];
  }
  const dumbbells = owned.dumbbells;
  if (dumbbells === undefined) return [];
  return dumbbells.kind === 'fixed'
    ? dumbbells.weights
    : steps(dumbbells.lightest, dumbbells.increment, dumbbells.heaviest);
}

const gridCache = new WeakMap<OwnedEquipment, Partial<Record<GridKind, readonly number[]>>>();

/**
 * Every load of `kind` the person can set up, as stored kg (a pound weight's exact kg), lightest
 * first, no repeats: each weight owned, each setting of an adjustable dumbbell, the bar with each
 * pair of the smallest plates; with a microload, each of those plus it (kettlebells take none).
 * docs/domain.md §5b rule 5: load steps come from what the person owns. Empty when none is owned.
 */
export function ownedLoads(owned: OwnedEquipment, kind: GridKind): readonly number[] {
  const cached = gridCache.get(owned)?.[kind];
  if (cached) return cached;
  const base = baseLoads(owned, kind);
  const micro = kind === 'kettlebell' ? undefined : owned.microload;
  const all = micro === undefined ? base : [...base, ...base.map((w) => clean(w + micro))];
  const sorted = [...new Set(all)].sort((a, b) => a - b);
  const grid = Object.freeze(sorted.map((w) => fromUnits(w, owned.units)));
  gridCache.set(owned, { ...gridCache.get(owned), [kind]: grid });
  return grid;
}

/**
 * The owned loads around `kg` (for steppers on the person's own grid, and for load steps):
 * `at` when `kg` is owned, the next `lighter` and next `heavier` owned load, and the `heaviest`.
 * Every value is an owned load in kg; `heavier` is undefined at the ceiling.
 */
export type LoadsNear = {
  at: number | undefined;
  lighter: number | undefined;
  heavier: number | undefined;
  heaviest: number | undefined;
};

export function ownedLoadsNear(owned: OwnedEquipment, kind: GridKind, kg: number): LoadsNear {
  const grid = ownedLoads(owned, kind);
  return {
    at: grid.find((w) => Math.abs(w - kg) < EPS),
    lighter: grid.findLast((w) => w < kg - EPS),
    heavier: grid.find((w) => w > kg + EPS),
    heaviest: grid.at(-1),
  };
}

/**
 * `kg` on the owned grid, never heavier: the heaviest owned load at or below it, else (when every
 * owned load is heavier) the lightest owned. Undefined when none of `kind` is owned.
 */
export function snapToOwned(owned: OwnedEquipment, kind: GridKind, kg: number): number | undefined {
  const near = ownedLoadsNear(owned, kind, kg);
  return near.at ?? near.lighter ?? ownedLoads(owned, kind)[0];
}
