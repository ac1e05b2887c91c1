import { defaultPrescription, previousLevel } from '../exercises';
import { MIN_UNITS } from '../exercises';
import { inUnits, plusInUnits } from '../exercises';
import type { EquipmentKind, OwnedEquipment, PlanExercise } from '../plan';
import { snapToOwned } from './owned-loads';
import { gridFor, gridKindOf } from './step-limits';
import {
  comparableVolumes,
  factsFor,
  loadUnitsOf,
  sessionVolume,
  targetRepsOf,
} from './prescription';
import type { Units } from '../settings';

/** How a step back lightened the exercise; 'none' when it was already as light as it goes. */
export type StepBackHow = 'load' | 'reps' | 'hold' | 'level' | 'none';

export type StepBack = { after: PlanExercise; how: StepBackHow };

// Design choice (docs/domain.md §5): "about 20-30 % less volume". We aim for 25 % and accept
// anything in the band, lightest change first.
const LOW = 0.7;
const HIGH = 0.8;
const AIM = 0.75;

/** The whole number in [LOW x value, HIGH x value] nearest AIM x value, or undefined. */
function inBand(value: number): number | undefined {
  const low = Math.ceil(value * LOW - 1e-9);
  const high = Math.floor(value * HIGH + 1e-9);
  if (low > high) return undefined;
  return Math.min(high, Math.max(low, Math.round(value * AIM)));
}

/** Spreads `total` reps over `sets` sets, earlier sets taking the extra rep. */
export function spreadReps(total: number, sets: number): number[] {
  const base = Math.floor(total / sets);
  return Array.from({ length: sets }, (_, i) => base + (i < total % sets ? 1 : 0));
}

/**
 * A load 20-30 % lighter: on the owned grid when known (docs/domain.md §5b rule 6), else whole
 * steps down in the exercise's own units (2 kg, or 5 lb).
 */
function lighterLoad(
  exercise: PlanExercise,
  step: number,
  units: Units,
  grid: readonly number[] | undefined,
): number | undefined {
  const load = exercise.loadKg ?? 0;
  const count = Math.floor(inUnits(load, units) / step + 1e-9);
  const steps =
    grid ?? Array.from({ length: count }, (_, i) => plusInUnits(load, -(i + 1) * step, units));
  const candidates = steps.filter(
    (l) => l > 0 && l / load >= LOW - 1e-9 && l / load <= HIGH + 1e-9,
  );
  return candidates.sort((a, b) => Math.abs(a / load - AIM) - Math.abs(b / load - AIM))[0];
}

/**
 * One step back for a flare (docs/domain.md §5; Silbernagel 2007: worse next morning -> reduce
 * load). In order: a lighter load 20-30 % down on the implement's steps; else 20-30 % fewer reps
 * (or seconds held), never below 10 a session (MIN_UNITS) so the plan can grow again within 10 %
 * a week; else one rung down the ladder at its starting prescription; else as far toward those
 * floors as possible. Invariants: a step back never raises the session volume of the same
 * exercise, and lowers it unless it is already at its floor ('none'); a rung down starts that rung
 * at its default prescription, never above the current volume when the two can be compared.
 */
export function stepBack(
  exercise: PlanExercise,
  equipment: readonly EquipmentKind[],
  owned?: OwnedEquipment,
): StepBack {
  if (exercise.stepIn !== undefined) {
    // A heavier load still being stepped in goes first: every set back at the load before.
    const settled = { ...exercise };
    delete settled.stepIn;
    return stepBack(settled, equipment, owned);
  }
  const facts = factsFor(exercise);
  const load = exercise.loadKg ?? 0;
  const grid = load > 0 ? gridFor(exercise, owned) : undefined;
  if (load > 0) {
    const lighter = lighterLoad(exercise, facts.loadStep, facts.loadUnits, grid);
    if (lighter !== undefined) return { after: { ...exercise, loadKg: lighter }, how: 'load' };
  }
  if (facts.unit === 'seconds') {
    const hold = exercise.holdSeconds ?? 0;
    const shorter = inBand(hold);
    if (shorter !== undefined && shorter >= MIN_UNITS) {
      return { after: { ...exercise, holdSeconds: shorter }, how: 'hold' };
    }
  } else {
    const total = targetRepsOf(exercise).reduce((a, b) => a + b, 0);
    const fewer = inBand(total);
    if (fewer !== undefined && fewer >= Math.max(MIN_UNITS, exercise.sets)) {
      return { after: { ...exercise, targetReps: spreadReps(fewer, exercise.sets) }, how: 'reps' };
    }
  }
  const below = previousLevel(exercise.exerciseId, equipment);
  const start = below && onOwned(defaultPrescription(below.id, loadUnitsOf(exercise)), owned);
  const lighter =
    start !== undefined &&
    (!comparableVolumes(start, exercise) || sessionVolume(start) <= sessionVolume(exercise));
  if (start !== undefined && lighter) {
    return { after: start, how: 'level' };
  }
  return towardFloor(exercise, facts.unit, facts.loadStep, facts.loadUnits, grid);
}

function towardFloor(
  exercise: PlanExercise,
  unit: string,
  step: number,
  units: Units,
  grid: readonly number[] | undefined,
): StepBack {
  const load = exercise.loadKg ?? 0;
  const lighter = grid
    ? (grid.findLast((w) => w < load - 1e-6) ?? 0)
    : plusInUnits(load, -step, units);
  if (lighter > 1e-9) return { after: { ...exercise, loadKg: lighter }, how: 'load' };
  if (unit === 'seconds') {
    const hold = exercise.holdSeconds ?? 0;
    const floor = Math.max(MIN_UNITS, Math.ceil(hold * LOW));
    return floor < hold
      ? { after: { ...exercise, holdSeconds: floor }, how: 'hold' }
      : { after: exercise, how: 'none' };
  }
  const total = targetRepsOf(exercise).reduce((a, b) => a + b, 0);
  const floor = Math.max(MIN_UNITS, exercise.sets, Math.ceil(total * LOW));
  return floor < total
    ? { after: { ...exercise, targetReps: spreadReps(floor, exercise.sets) }, how: 'reps' }
    : { after: exercise, how: 'none' };
}

/** A rung's starting prescription with its load on the owned grid, never heavier than it was. */
function onOwned(
  start: PlanExercise | undefined,
  owned: OwnedEquipment | undefined,
): PlanExercise | undefined {
  const kind = start && gridKindOf(start);
  if (start?.loadKg === undefined || owned === undefined || kind === undefined) return start;
  const loadKg = snapToOwned(owned, kind, start.loadKg);
  return loadKg === undefined ? undefined : { ...start, loadKg };
}
