import { weekdayOf } from '../common';
import { findLevel } from '../exercises';
import type { ExerciseLevel, ExerciseUnit } from '../exercises';
import { inUnits, fromUnits } from '../exercises';
import type { PlanExercise } from '../plan';
import type { Units } from '../settings';

/** What the engine needs to know about an exercise; unknown ids get cautious fallbacks. */
export type ExerciseFacts = {
  unit: ExerciseUnit;
  name: string;
  /** The units its loads are counted and stepped in (PlanExercise.loadUnits, else kg). */
  loadUnits: Units;
  /** Smallest sensible load step, in `loadUnits`: 2 kg, or 5 lb. */
  loadStep: number;
  holdMin: number;
  holdMax: number;
  maxSets: number;
  defaultSets: number;
  /** The move-on load in kg, exactly (a pound load's exact kg). */
  moveOnAtKg: number | undefined;
  level: ExerciseLevel | undefined;
};

/** The units a plan exercise's loads are counted in: its own, or kg for plans from before. */
export const loadUnitsOf = (exercise: PlanExercise): Units => exercise.loadUnits ?? 'kg';

// The engine asks for facts many times per decision; library facts never change, so keep them,
// one map per unit (no key to build on the hot path of the ten-year replay).
const libraryFacts: Record<Units, Map<string, ExerciseFacts>> = { kg: new Map(), lb: new Map() };
// Steps for an id the library doesn't know: one small plate, in each unit.
const fallbackStep: Record<Units, number> = { kg: 1, lb: 2.5 };

/** Library facts for a plan exercise, or fallbacks (no level changes) for an unknown id. */
export function factsFor(exercise: PlanExercise): ExerciseFacts {
  const units = loadUnitsOf(exercise);
  const cache = libraryFacts[units];
  const known = cache.get(exercise.exerciseId);
  if (known) return known;
  const level = findLevel(exercise.exerciseId);
  const facts = buildFacts(exercise, level, units);
  if (level) cache.set(level.id, facts);
  return facts;
}

function buildFacts(
  exercise: PlanExercise,
  level: ExerciseLevel | undefined,
  units: Units,
): ExerciseFacts {
  const hold = exercise.holdSeconds ?? 10;
  const load = level?.load?.[units];
  return {
    unit: level?.unit ?? (exercise.holdSeconds === undefined ? 'reps' : 'seconds'),
    name: level?.name ?? exercise.exerciseId,
    loadUnits: units,
    loadStep: load?.step ?? fallbackStep[units],
    holdMin: level?.holdMin ?? hold,
    holdMax: level?.holdMax ?? hold,
    maxSets: level?.maxSets ?? exercise.sets,
    defaultSets: level?.sets ?? exercise.sets,
    moveOnAtKg: load?.moveOnAt === undefined ? undefined : fromUnits(load.moveOnAt, units),
    level,
  };
}

/** Reps to aim for in each set: a copy of `targetReps`, or every set at the bottom of the range. */
export function targetRepsOf(exercise: PlanExercise): number[] {
  // Always a fresh array: callers sort it, and the plan they were given must never change.
  return exercise.targetReps
    ? [...exercise.targetReps]
    : Array.from({ length: exercise.sets }, () => exercise.repsMin);
}

const sum = (values: readonly number[]) => values.reduce((total, v) => total + v, 0);

/**
 * The load of each set in kg (0 for bodyweight): every set at loadKg, except during a step-in
 * (docs/domain.md §5b rule 5), when the first stepIn.sets sets are at the new, heavier load.
 */
export function setLoadsOf(exercise: PlanExercise): number[] {
  const load = exercise.loadKg ?? 0;
  const stepIn = exercise.stepIn;
  return Array.from({ length: exercise.sets }, (_, i) =>
    stepIn !== undefined && i < stepIn.sets ? stepIn.loadKg : load,
  );
}

/** The heaviest load any set of this prescription is at, in kg (0 for bodyweight). */
export const topLoadOf = (exercise: PlanExercise): number =>
  Math.max(exercise.loadKg ?? 0, exercise.stepIn?.loadKg ?? 0);

/**
 * Volume load of one session at this prescription: reps x load summed over sets (bodyweight counts
 * as 1), times the hold in seconds for exercises counted in seconds. docs/domain.md §5: sets x
 * reps x load, or sets x reps / seconds for bodyweight. The weekly volume is this times the planned
 * sessions, which a review never changes, so week-on-week ratios are session ratios.
 */
export function sessionVolume(exercise: PlanExercise): number {
  const hold = factsFor(exercise).unit === 'seconds' ? (exercise.holdSeconds ?? 1) : 1;
  const reps = targetRepsOf(exercise);
  if (exercise.stepIn === undefined) {
    const load = exercise.loadKg !== undefined && exercise.loadKg > 0 ? exercise.loadKg : 1;
    return sum(reps) * load * hold;
  }
  const loads = setLoadsOf(exercise);
  return reps.reduce((total, r, i) => total + r * Math.max(loads[i] ?? 0, 1), 0) * hold;
}

/**
 * True when two prescriptions' volumes can be compared: same unit and both weighted or both not.
 * A rung change between kinds (press-ups to prone lying, glute bridge to dumbbell deadlift) is a
 * different exercise, where a ratio of volumes would mean nothing.
 */
export function comparableVolumes(a: PlanExercise, b: PlanExercise): boolean {
  const loaded = (e: PlanExercise) => e.loadKg !== undefined && e.loadKg > 0;
  return factsFor(a).unit === factsFor(b).unit && loaded(a) === loaded(b);
}

/** Weekly volume load: `sessionVolume` times the sessions planned each week. */
export function weeklyVolume(exercise: PlanExercise, sessionsPerWeek: number): number {
  return sessionVolume(exercise) * sessionsPerWeek;
}

const trim = (value: number) => String(Math.round(value * 100) / 100);

/**
 * A stored kg load in `units`: "6 kg", "15 lb". Plan loads are shown in their exercise's own
 * units (loadUnitsOf), so a 4 kg dumbbell reads "4 kg", never a converted "9 lb" no one owns;
 * pound loads are exact pound weights, so nothing is rounded but float noise (2 decimals).
 */
export function formatLoad(kg: number, units: Units = 'kg'): string {
  return `${trim(inUnits(kg, units))} ${units}`;
}

/** A signed fraction as whole percent without the sign: 0.083 -> "8 %". */
export function formatPercent(fraction: number): string {
  return `${String(Math.round(Math.abs(fraction) * 100))} %`;
}

/**
 * The prescription in a phone-sized phrase, loads in the exercise's own units: "3 × 12",
 * "3 × 10 at 6 kg", "2 × 10 at 15 lb", "3 sets of 9, 9, 8", "2 × 30 s hold", "2 × 3 × 12 s holds".
 */
export function describePrescription(exercise: PlanExercise): string {
  return basePrescription(exercise) + manner(exercise);
}

/** How the sets are done at the heaviest load owned (docs/domain.md §5b rule 6), if changed. */
function manner(exercise: PlanExercise): string {
  const parts = [
    ...(exercise.variant === 'single-leg' ? ['one leg at a time'] : []),
    ...(exercise.variant === 'paused' ? ['paused at the top'] : []),
    ...(exercise.slowLowering === true ? ['lower over 3-4 s'] : []),
    ...(exercise.pauseSeconds === undefined
      ? []
      : [`${String(exercise.pauseSeconds)} s pause at the bottom`]),
  ];
  return parts.length === 0 ? '' : `, ${parts.join(', ')}`;
}

/** "3 × 12 at 4 kg"; a step-in reads "1 × 13 at 6 kg + 2 × 15 at 4 kg". */
function basePrescription(exercise: PlanExercise): string {
  const stepIn = exercise.stepIn;
  if (stepIn !== undefined && factsFor(exercise).unit === 'reps') {
    const units = loadUnitsOf(exercise);
    const reps = targetRepsOf(exercise);
    const part = (list: number[], kg: number) => {
      const uniform = list.every((r) => r === list[0]);
      const body = uniform
        ? `${String(list.length)} × ${String(list[0] ?? 0)}`
        : `${String(list.length)} sets of ${list.join(', ')}`;
      return `${body} at ${formatLoad(kg, units)}`;
    };
    return `${part(reps.slice(0, stepIn.sets), stepIn.loadKg)} + ${part(reps.slice(stepIn.sets), exercise.loadKg ?? 0)}`;
  }
  const reps = targetRepsOf(exercise);
  const load =
    exercise.loadKg !== undefined && exercise.loadKg > 0
      ? ` at ${formatLoad(exercise.loadKg, loadUnitsOf(exercise))}`
      : '';
  if (factsFor(exercise).unit === 'seconds') {
    const hold = String(exercise.holdSeconds ?? 0);
    const perSet = Math.max(...reps);
    return perSet === 1
      ? `${exercise.sets} × ${hold} s hold${load}`
      : `${exercise.sets} × ${perSet} × ${hold} s holds${load}`;
  }
  const uniform = reps.every((r) => r === reps[0]);
  const body = uniform
    ? `${exercise.sets} × ${String(reps[0] ?? 0)}`
    : `${exercise.sets} sets of ${reps.join(', ')}`;
  return `${body}${load}`;
}

/** An exercise name mid-sentence: "bird dog", but "Romanian deadlift" keeps its capital. */
export function nameInSentence(name: string): string {
  return /^Romanian\b/.test(name) ? name : name.charAt(0).toLowerCase() + name.slice(1);
}

const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The weekday name of a 'YYYY-MM-DD' day: "Tuesday". */
export function weekdayName(day: string): string {
  return weekdays[weekdayOf(day)] ?? day;
}

/** "Tuesday", "Tuesday and Friday", "Monday, Tuesday and Friday". */
export function listDays(days: readonly string[]): string {
  const names = days.map(weekdayName);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}
