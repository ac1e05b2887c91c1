import type { PlanExercise } from '../plan';
import { factsFor, targetRepsOf } from '../progression';
import type { ExerciseSet } from '../plan';

/** Pain during exercise above this is a flare signal (Silbernagel 2007: up to 5/10 is acceptable). */
export const PAIN_LIMIT = 5;

/** One plan exercise's week: the days it was done, met, rated hard or painful. */
export type ExerciseWeek = {
  sessionDays: string[];
  /** Days every prescribed set reached its target reps, load and hold. */
  metDays: string[];
  hardDays: string[];
  /**
   * Of hardDays, those where the one set rated hard was the day's last and the prescription was
   * met: it holds only this exercise and the week still counts as steady (docs/domain.md §5b rule 7).
   */
  lastSetHardDays: string[];
  /** Days a set of this exercise had pain during above 5/10, with that day's highest score. */
  painDays: { day: string; pain: number }[];
  /** Volume load actually done (same units as sessionVolume). */
  volumeDone: number;
};

/**
 * The sets of live sessions on one day of the week, in record order. The summary groups a week's
 * sets by day once, so each exercise reads its days without a wrapper object per set (the replay
 * of ten years sees 12,800 sets).
 */
export type DaySets = { day: string; sets: ExerciseSet[] };

/** True when `sets` reach every target rep count at the prescription's load and hold. */
export function metPrescription(
  exercise: PlanExercise,
  seconds: boolean,
  targets: readonly number[],
  sets: readonly ExerciseSet[],
) {
  const load = exercise.loadKg ?? 0;
  const hold = seconds ? (exercise.holdSeconds ?? 0) : 0;
  const done: number[] = [];
  for (const s of sets) {
    if ((s.loadKg ?? 0) >= load - 1e-9 && (s.holdSeconds ?? 0) >= hold) done.push(s.reps);
  }
  if (done.length < targets.length) return false;
  // Best sets against the biggest targets: which set number a rep count was logged under
  // doesn't matter. Pairing both lists sorted biggest first succeeds exactly when, for every
  // target, at least as many sets reached it as there are targets that high; counting that way
  // gives the same answer without sorting, and the replay checks 6,000 exercise-days.
  for (const target of targets) {
    if (countAtLeast(done, target) < countAtLeast(targets, target)) return false;
  }
  return true;
}

/**
 * A volume load added up so the total is the same whatever the order of the sets: whole numbers
 * (reps, or reps × seconds) are summed per load first, exactly, then each load's share in order of
 * load. A plain running sum of pound loads (the exact kg of a pound weight is not a round number)
 * would change in its last digit with the records' order.
 */
export type VolumeTally = { loads: number[]; counts: number[] };

/** An empty tally: addVolume counts into it, totalVolume reads it. */
export const newTally = (): VolumeTally => ({ loads: [], counts: [] });

/** Counts `count` (reps, or reps × seconds) at `load` into the tally. */
export function addVolume(tally: VolumeTally, load: number, count: number): void {
  const at = tally.loads.indexOf(load);
  if (at < 0) {
    tally.loads.push(load);
    tally.counts.push(count);
  } else {
    tally.counts[at] = (tally.counts[at] ?? 0) + count;
  }
}

/** The tally's volume load, summed in order of load, so the same for any order of the sets. */
export function totalVolume({ loads, counts }: VolumeTally): number {
  const order = loads.map((_, i) => i).sort((a, b) => (loads[a] ?? 0) - (loads[b] ?? 0));
  let volume = 0;
  for (const i of order) volume += (loads[i] ?? 0) * (counts[i] ?? 0);
  return volume;
}

function countAtLeast(values: readonly number[], floor: number): number {
  let count = 0;
  for (const value of values) if (value >= floor) count += 1;
  return count;
}

/** Adds `value` to a small sorted list of distinct values, in place. */
export function addSorted(list: string[], value: string) {
  // Inserted at its place rather than pushed and re-sorted: comparing strings with `>` is the
  // same UTF-16 order as the default sort, and the summaries call this for every record.
  if (list.includes(value)) return;
  let at = list.length;
  while (at > 0 && (list[at - 1] ?? '') > value) at -= 1;
  list.splice(at, 0, value);
}

/**
 * One plan exercise's facts for the week from the week's sets grouped by day (`days` sorted by
 * day, one entry per day, sets of live sessions in the week only).
 */
export function exerciseWeek(exercise: PlanExercise, days: readonly DaySets[]): ExerciseWeek {
  const seconds = factsFor(exercise).unit === 'seconds';
  // Read once for all the days: metPrescription only counts them, never reorders them.
  const targets = targetRepsOf(exercise);
  const week: ExerciseWeek = {
    sessionDays: [],
    metDays: [],
    hardDays: [],
    lastSetHardDays: [],
    painDays: [],
    volumeDone: 0,
  };
  const volume = newTally();
  // Days come sorted and distinct, so each list below is built in order by pushing.
  for (const { day, sets } of days) {
    const ofDay = sets.filter((s) => s.exerciseId === exercise.exerciseId);
    if (ofDay.length === 0) continue;
    // A day of 0-rep sets only is no session (docs/domain.md §5b rule 10); its pain and effort still count.
    if (ofDay.some((s) => s.reps > 0)) week.sessionDays.push(day);
    const met = metPrescription(exercise, seconds, targets, ofDay);
    if (met) week.metDays.push(day);
    let pain = 0;
    let hard = false;
    let hardSets = 0;
    let last = ofDay[0];
    for (const s of ofDay) {
      if (last === undefined || s.setNumber > last.setNumber) last = s;
      if (s.effort === 'hard') {
        hard = true;
        hardSets += 1;
      }
      pain = Math.max(pain, s.painDuring);
      const load = s.loadKg !== undefined && s.loadKg > 0 ? s.loadKg : 1;
      addVolume(volume, load, s.reps * (seconds ? (s.holdSeconds ?? 0) : 1));
    }
    if (hard) week.hardDays.push(day);
    if (hard && met && hardSets === 1 && last?.effort === 'hard') week.lastSetHardDays.push(day);
    if (pain > PAIN_LIMIT) week.painDays.push({ day, pain });
  }
  week.volumeDone = totalVolume(volume);
  return week;
}
