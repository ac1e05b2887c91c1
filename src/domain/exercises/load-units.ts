import type { LoadKind } from './exercise-level';
import { kgToLb, lbToKg, type Units } from '../settings';

/**
 * Loads are stored in kg everywhere (plans, sets, backups, exports). An exercise counted in lb
 * stores the exact kg of a pound weight (lbToKg(15), never a rounded kg), so its pounds come back
 * exactly: 15 lb -> kg -> 15 lb. All step arithmetic for it happens in pounds (inUnits, fromUnits).
 */

/** The weighted load kinds: what a plate or dumbbell step applies to. */
export type WeightedKind = Exclude<LoadKind, 'bodyweight' | 'band'>;

/**
 * The weights a person can own, as sold: every load of this kind is a multiple of its step in
 * its units. Dumbbells go up by 1 kg, or 2.5 lb (adjustable sets, 1.25 lb plates); kettlebells by
 * 2 kg or 5 lb; a barbell by a pair of the smallest plates, 1.25 kg or 2.5 lb. Our design choice,
 * from what shops sell; conversions go down onto these steps, never up.
 */
export const loadGrid: Record<WeightedKind, Record<Units, number>> = {
  dumbbell: { kg: 1, lb: 2.5 },
  kettlebell: { kg: 2, lb: 5 },
  barbell: { kg: 2.5, lb: 5 },
};

/** The smallest step any implement has in each unit: every load shown is a multiple of it. */
export const smallestLoadStep: Record<Units, number> = { kg: 0.5, lb: 2.5 };

/** The heaviest load a set can be adjusted to, in each unit (the schema's 500 kg, in lb too). */
export const maxLoad: Record<Units, number> = { kg: 500, lb: 1100 };

// Pounds are kept to a millionth: enough to undo the float noise of kg -> lb (15.000000000000002)
// and far below any plate, so a pound weight stored as kg reads back as exactly that weight.
const clean = (value: number) => Math.round(value * 1e6) / 1e6;

/** A stored kg load in `units`: unchanged for kg, exact pounds for lb. */
export function inUnits(kg: number, units: Units): number {
  return units === 'kg' ? kg : clean(kgToLb(kg));
}

/** A load in `units` as stored kg: unchanged for kg, the exact kg of those pounds for lb. */
export function fromUnits(value: number, units: Units): number {
  return units === 'kg' ? value : lbToKg(value);
}

/**
 * `kg` plus `delta` in `units` (a load step, or minus one), worked out in those units so pounds
 * never drift: lbToKg(10) plus 5 lb is exactly lbToKg(15).
 */
export function plusInUnits(kg: number, delta: number, units: Units): number {
  return fromUnits(inUnits(kg, units) + delta, units);
}

/**
 * `kg` as a load in `to` on the steps its implement is sold in, rounded down (never heavier):
 * 4 kg -> 7.5 lb, 8 kg kettlebell -> 15 lb. Undefined when no such load is above zero (a 1 kg
 * dumbbell has no pound weight at or below it on 2.5 lb steps).
 */
export function convertDown(kg: number, kind: WeightedKind, to: Units): number | undefined {
  const grid = loadGrid[kind][to];
  const steps = Math.floor(inUnits(kg, to) / grid + 1e-9);
  return steps > 0 ? fromUnits(steps * grid, to) : undefined;
}
