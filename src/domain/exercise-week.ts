import type { PlanExercise } from './plan';
import { factsFor, targetRepsOf } from './prescription';
import type { ExerciseSet } from './session';

/** Pain during exercise above this is a flare signal (Silbernagel 2007: up to 5/10 is acceptable). */
export const PAIN_LIMIT = 5;

/** One plan exercise's week: the days it was done, met, rated hard or painful. */
export type ExerciseWeek = {
  sessionDays: string[];
  /** Days every prescribed set reached its target reps, load and hold. */
  metDays: string[];
  hardDays: string[];
  /** Days a set of this exercise had pain during above 5/10, with that day's highest score. */
  painDays: { day: string; pain: number }[];
  /** Volume load actually done (same units as sessionVolume). */
  volumeDone: number;
};

function metPrescription(exercise: PlanExercise, seconds: boolean, sets: readonly ExerciseSet[]) {
  const load = exercise.loadKg ?? 0;
  const hold = seconds ? (exercise.holdSeconds ?? 0) : 0;
  const done: number[] = [];
  for (const s of sets) {
    if ((s.loadKg ?? 0) >= load - 1e-9 && (s.holdSeconds ?? 0) >= hold) done.push(s.reps);
  }
  const targets = targetRepsOf(exercise);
  if (done.length < targets.length) return false;
  // Best sets against the biggest targets: which set number a rep count was logged under
  // doesn't matter.
  done.sort((a, b) => b - a);
  targets.sort((a, b) => b - a);
  return targets.every((target, i) => (done[i] ?? 0) >= target);
}

/** Adds `value` to a small sorted list of distinct values, in place. */
export function addSorted(list: string[], value: string) {
  if (list.includes(value)) return;
  list.push(value);
  list.sort();
}

/** One plan exercise's facts for the week from its sets (of live sessions in the week). */
export function exerciseWeek(exercise: PlanExercise, sets: readonly DaySet[]): ExerciseWeek {
  const seconds = factsFor(exercise).unit === 'seconds';
  const week: ExerciseWeek = {
    sessionDays: [],
    metDays: [],
    hardDays: [],
    painDays: [],
    volumeDone: 0,
  };
  for (const { day } of sets) addSorted(week.sessionDays, day);
  for (const day of week.sessionDays) {
    const ofDay = sets.filter((s) => s.day === day).map((s) => s.set);
    if (metPrescription(exercise, seconds, ofDay)) week.metDays.push(day);
    let pain = 0;
    for (const s of ofDay) {
      if (s.effort === 'hard') addSorted(week.hardDays, day);
      pain = Math.max(pain, s.painDuring);
      const load = s.loadKg !== undefined && s.loadKg > 0 ? s.loadKg : 1;
      week.volumeDone += s.reps * load * (seconds ? (s.holdSeconds ?? 0) : 1);
    }
    if (pain > PAIN_LIMIT) week.painDays.push({ day, pain });
  }
  return week;
}

/** A set with the day of the session it belongs to. */
export type DaySet = { set: ExerciseSet; day: string };
