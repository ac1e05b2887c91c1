import { weekdayOf } from './day-number';
import { findLevel } from './exercise-library';
import type { ExerciseLevel, ExerciseUnit } from './exercise-level';
import type { PlanExercise } from './plan';
import { kgToLb, roundLoad } from './settings';
import type { Units } from './settings';

/** What the engine needs to know about an exercise; unknown ids get cautious fallbacks. */
export type ExerciseFacts = {
  unit: ExerciseUnit;
  name: string;
  loadStepKg: number;
  holdMin: number;
  holdMax: number;
  maxSets: number;
  defaultSets: number;
  moveOnAtKg: number | undefined;
  level: ExerciseLevel | undefined;
};

// The engine asks for facts many times per decision; library facts never change, so keep them.
const libraryFacts = new Map<string, ExerciseFacts>();

/** Library facts for a plan exercise, or fallbacks (no level changes) for an unknown id. */
export function factsFor(exercise: PlanExercise): ExerciseFacts {
  const known = libraryFacts.get(exercise.exerciseId);
  if (known) return known;
  const level = findLevel(exercise.exerciseId);
  const facts = buildFacts(exercise, level);
  if (level) libraryFacts.set(level.id, facts);
  return facts;
}

function buildFacts(exercise: PlanExercise, level: ExerciseLevel | undefined): ExerciseFacts {
  const hold = exercise.holdSeconds ?? 10;
  return {
    unit: level?.unit ?? (exercise.holdSeconds === undefined ? 'reps' : 'seconds'),
    name: level?.name ?? exercise.exerciseId,
    loadStepKg: level?.loadStepKg ?? 1,
    holdMin: level?.holdMin ?? hold,
    holdMax: level?.holdMax ?? hold,
    maxSets: level?.maxSets ?? exercise.sets,
    defaultSets: level?.sets ?? exercise.sets,
    moveOnAtKg: level?.moveOnAtKg,
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
 * Volume load of one session at this prescription: reps x load summed over sets (bodyweight counts
 * as 1), times the hold in seconds for exercises counted in seconds. DOMAIN.md section 5: sets x
 * reps x load, or sets x reps / seconds for bodyweight. The weekly volume is this times the planned
 * sessions, which a review never changes, so week-on-week ratios are session ratios.
 */
export function sessionVolume(exercise: PlanExercise): number {
  const load = exercise.loadKg !== undefined && exercise.loadKg > 0 ? exercise.loadKg : 1;
  const hold = factsFor(exercise).unit === 'seconds' ? (exercise.holdSeconds ?? 1) : 1;
  return sum(targetRepsOf(exercise)) * load * hold;
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

/** A load in the person's units: "6 kg", "13 lb" (lb rounded to 0.5 for display). */
export function formatLoad(kg: number, units: Units = 'kg'): string {
  return units === 'kg' ? `${trim(kg)} kg` : `${trim(roundLoad(kgToLb(kg), 'lb'))} lb`;
}

/** A signed fraction as whole percent without the sign: 0.083 -> "8 %". */
export function formatPercent(fraction: number): string {
  return `${String(Math.round(Math.abs(fraction) * 100))} %`;
}

/**
 * The prescription in a phone-sized phrase: "3 × 12", "3 × 10 at 6 kg", "3 sets of 9, 9, 8",
 * "2 × 30 s hold", "2 × 3 × 12 s holds".
 */
export function describePrescription(exercise: PlanExercise, units: Units = 'kg'): string {
  const reps = targetRepsOf(exercise);
  const load =
    exercise.loadKg !== undefined && exercise.loadKg > 0
      ? ` at ${formatLoad(exercise.loadKg, units)}`
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
