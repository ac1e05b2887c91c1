import { MIN_UNITS, rungOf } from '../exercises';
import type { Plan, PlanExercise } from '../plan';
import { comparableVolumes, factsFor, sessionVolume, weeklyVolume } from './prescription';
import { WEEKLY_RISE_LIMIT } from './progression-step';
import { spreadReps } from './step-back';

/** The schedule and exercises the weekly volume depends on. */
export type PlanVolume = Pick<Plan, 'daysPerWeek' | 'exercises'>;

/** One exercise's weekly volume load before and after a change to the plan. */
export type VolumeRise = {
  before: PlanExercise;
  after: PlanExercise;
  /** Weekly volume after over before, minus 1: 0.5 is 50 % more work each week. */
  rise: number;
};

const EPS = 1e-9;

/**
 * The exercise in `before` that `after` continues: the same exercise, or for a ladder the rung it
 * replaces (the highest, as ladderProgress counts it). Accessories only continue themselves.
 */
export function counterpart(
  after: PlanExercise,
  before: readonly PlanExercise[],
): PlanExercise | undefined {
  const same = before.find((e) => e.exerciseId === after.exerciseId);
  if (same || after.ladder === 'accessory') return same;
  return before
    .filter((e) => e.ladder === after.ladder)
    .reduce<PlanExercise | undefined>(
      (top, e) => (top && rungOf(top.exerciseId) >= rungOf(e.exerciseId) ? top : e),
      undefined,
    );
}

/**
 * Each exercise's weekly volume change from `before` to `after` (sessionVolume times the days a
 * week, docs/domain.md §5), for the exercises whose volumes can be compared: the same exercise,
 * or a new rung of the same kind (comparableVolumes), as the weekly review compares them. New
 * exercises, and rungs of another kind, start from their own light prescription instead.
 */
export function weeklyRises(before: PlanVolume, after: PlanVolume): VolumeRise[] {
  return after.exercises.flatMap((exercise) => {
    const was = counterpart(exercise, before.exercises);
    if (was === undefined || !comparableVolumes(was, exercise)) return [];
    const rise =
      weeklyVolume(exercise, after.daysPerWeek) / weeklyVolume(was, before.daysPerWeek) - 1;
    return [{ before: was, after: exercise, rise }];
  });
}

/** The rises over our 10 % a week (WEEKLY_RISE_LIMIT), largest first. */
export function risesOverLimit(before: PlanVolume, after: PlanVolume): VolumeRise[] {
  return weeklyRises(before, after)
    .filter((r) => r.rise > WEEKLY_RISE_LIMIT + EPS)
    .sort((a, b) => b.rise - a.rise);
}

/**
 * `exercise` with fewer sets and reps (or holds) a session, so `days` sessions a week add up to
 * at most 10 % more than `weeklyBefore`; load and hold stay, as the person has built them. A hold
 * shortens only when even one hold a session is too much. Undefined when that would leave under
 * 10 reps (or seconds held) a session (MIN_UNITS): too little to build from within 10 % a week.
 */
export function fitWeeklyVolume(
  exercise: PlanExercise,
  weeklyBefore: number,
  days: number,
): PlanExercise | undefined {
  const cap = (weeklyBefore * (1 + WEEKLY_RISE_LIMIT)) / days + EPS;
  if (sessionVolume(exercise) <= cap) return exercise;
  const seconds = factsFor(exercise).unit === 'seconds';
  const load = exercise.loadKg !== undefined && exercise.loadKg > 0 ? exercise.loadKg : 1;
  const hold = seconds ? (exercise.holdSeconds ?? 1) : 1;
  const total = Math.floor(cap / (load * hold));
  if (seconds && total < 1) {
    const shorter = Math.floor(cap / load);
    if (shorter < MIN_UNITS) return undefined;
    return { ...exercise, sets: 1, targetReps: [1], holdSeconds: shorter };
  }
  if (!seconds && total < MIN_UNITS) return undefined;
  const sets = Math.min(exercise.sets, Math.max(1, Math.floor(total / exercise.repsMin)));
  const targetReps = spreadReps(Math.min(total, sets * exercise.repsMax), sets);
  return { ...exercise, sets, targetReps };
}

export type KeptVolume = {
  /** `after`'s exercises, each over 10 % fitted back within it. */
  exercises: PlanExercise[];
  /** The exercises that could not be fitted without going under 10 reps or seconds a session. */
  tooLittle: PlanExercise[];
};

/**
 * The "keep the weekly volume" answer to a change that raises it by more than 10 %: every
 * exercise over the limit gets fewer sets or reps a session (fitWeeklyVolume); the rest stay.
 * Invariant: when `tooLittle` is empty, no exercise's weekly volume rises by more than 10 %.
 */
export function keepWeeklyVolume(before: PlanVolume, after: PlanVolume): KeptVolume {
  const over = risesOverLimit(before, after);
  const tooLittle: PlanExercise[] = [];
  const exercises = after.exercises.map((exercise) => {
    const rise = over.find((r) => r.after === exercise);
    if (rise === undefined) return exercise;
    const weeklyBefore = weeklyVolume(rise.before, before.daysPerWeek);
    const fitted = fitWeeklyVolume(exercise, weeklyBefore, after.daysPerWeek);
    if (fitted === undefined) tooLittle.push(exercise);
    return fitted ?? exercise;
  });
  return { exercises, tooLittle };
}
