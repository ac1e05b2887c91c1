import { defaultPrescription, nextLevel } from '../exercises';
import { MIN_UNITS } from '../exercises';
import type { ExerciseLevel } from '../exercises';
import { inUnits, plusInUnits } from '../exercises';
import type { EquipmentKind, PlanExercise } from '../plan';
import {
  comparableVolumes,
  factsFor,
  loadUnitsOf,
  sessionVolume,
  targetRepsOf,
} from './prescription';
import { spreadReps } from './step-back';

/**
 * Design choice (docs/domain.md §5; the 10 % rule itself has no evidence, Buist 2008, but rises
 * over 30 % in two weeks raised injury rates, Nielsen 2014): weekly volume load rises by at most
 * 10 % from one week to the next.
 */
export const WEEKLY_RISE_LIMIT = 0.1;

export type ProgressCode =
  'progress-reps' | 'progress-load' | 'progress-sets' | 'progress-level' | 'progress-hold-seconds';
export type TopCode = 'top-of-range' | 'maintain' | 'step-too-big';

/** The smallest step not taken because it would rise over 10 %, and by how much it would have. */
export type BlockedStep = { kind: 'rep' | 'second' | 'load'; loadKg?: number; rise: number };

export type ProgressionStep = {
  action: 'progress' | 'hold';
  reason: ProgressCode | TopCode;
  after: PlanExercise;
  /** For 'top-of-range': the rung one more steady week at the top leads to. */
  next?: ExerciseLevel;
  blocked?: BlockedStep;
};

const EPS = 1e-9;
const rise = (after: PlanExercise, before: PlanExercise) =>
  sessionVolume(after) / sessionVolume(before) - 1;
const fits = (after: PlanExercise, before: PlanExercise) =>
  rise(after, before) <= WEEKLY_RISE_LIMIT + EPS;
const bottom = (e: PlanExercise, sets: number) => Array.from({ length: sets }, () => e.repsMin);

/** Adds `extra` reps one at a time to the lowest set below `max` (earliest first on a tie). */
export function addReps(reps: readonly number[], extra: number, max: number): number[] {
  const next = [...reps];
  for (let added = 0; added < extra; added += 1) {
    const low = Math.min(...next);
    const index = next.findIndex((r) => r === low && r < max);
    if (index < 0) break;
    next[index] = low + 1;
  }
  return next;
}

/**
 * One step up for a consistent, tolerable week: double progression (ACSM 2009, Ratamess) within
 * our 10 % a week. Reps first, as many as 10 % of the session's reps allows (at least one, added
 * to the lowest sets); at the top of the range, the smallest load step that is at least 2 %
 * (several steps on a heavy bar), with reps back to the bottom; if even then the volume would rise
 * over 10 %, one more set with reps at the bottom instead. Holds grow by up to 10 % of their
 * seconds. A rung whose top is reached (and, for weights, whose move-on load is reached) moves up
 * the ladder only after two weeks at the top (`topLastWeek`): our design choice.
 * Invariant: weekly volume rises by at most 10 % whenever the two prescriptions can be compared
 * (same exercise, or a rung of the same kind); a rung change starts the new rung at its default
 * prescription or lighter.
 */
export function progressionStep(
  exercise: PlanExercise,
  equipment: readonly EquipmentKind[],
  topLastWeek: boolean,
): ProgressionStep {
  const facts = factsFor(exercise);
  const seconds = facts.unit === 'seconds';
  const reps = targetRepsOf(exercise);
  const hold = exercise.holdSeconds ?? facts.holdMin;
  if (seconds && hold < facts.holdMax) {
    const extra = Math.min(Math.floor(hold * WEEKLY_RISE_LIMIT + EPS), facts.holdMax - hold);
    if (extra < 1)
      return {
        action: 'hold',
        reason: 'step-too-big',
        after: exercise,
        blocked: { kind: 'second', rise: 1 / hold },
      };
    return {
      action: 'progress',
      reason: 'progress-hold-seconds',
      after: { ...exercise, holdSeconds: hold + extra },
    };
  }
  if (!seconds && reps.some((r) => r < exercise.repsMax)) {
    const total = reps.reduce((a, b) => a + b, 0);
    const extra = Math.floor(total * WEEKLY_RISE_LIMIT + EPS);
    if (extra < 1)
      return {
        action: 'hold',
        reason: 'step-too-big',
        after: exercise,
        blocked: { kind: 'rep', rise: 1 / total },
      };
    const targetReps = addReps(reps, extra, exercise.repsMax);
    return { action: 'progress', reason: 'progress-reps', after: { ...exercise, targetReps } };
  }
  return atTheTop(exercise, equipment, topLastWeek);
}

/**
 * The next rung's starting prescription, made lighter (fewer sets, then fewer reps) when it would
 * otherwise rise over 10 % on a comparable current prescription (someone doing 1 set where the
 * default is 3). Undefined when that leaves under 10 reps a session: then they stay a while.
 */
function fitStart(
  start: PlanExercise | undefined,
  current: PlanExercise,
): PlanExercise | undefined {
  if (start === undefined || !comparableVolumes(start, current) || fits(start, current))
    return start;
  const perRep = sessionVolume(start) / targetRepsOf(start).reduce((a, b) => a + b, 0);
  const total = Math.floor((sessionVolume(current) * (1 + WEEKLY_RISE_LIMIT) + EPS) / perRep);
  if (total < MIN_UNITS) return undefined;
  const sets = Math.min(start.sets, Math.max(1, Math.floor(total / start.repsMin)));
  const targetReps = spreadReps(Math.min(total, sets * start.repsMax), sets);
  return { ...start, sets, targetReps };
}

function atTheTop(
  exercise: PlanExercise,
  equipment: readonly EquipmentKind[],
  topLastWeek: boolean,
): ProgressionStep {
  const facts = factsFor(exercise);
  const load = exercise.loadKg ?? 0;
  const next = nextLevel(exercise.exerciseId, equipment);
  const ready = load <= 0 || (facts.moveOnAtKg !== undefined && load >= facts.moveOnAtKg - EPS);
  // The next rung's weights come in this one's units, so a pound plan stays in pounds.
  const start = next && fitStart(defaultPrescription(next.id, loadUnitsOf(exercise)), exercise);
  if (next && start && ready) {
    if (topLastWeek) return { action: 'progress', reason: 'progress-level', after: start };
    return { action: 'hold', reason: 'top-of-range', after: exercise, next };
  }
  let blocked: BlockedStep | undefined;
  if (load > 0) {
    // Steps are counted in the exercise's own units (5 lb, 2 kg), so pounds never drift.
    const units = facts.loadUnits;
    const steps = Math.max(1, Math.ceil((inUnits(load, units) * 0.02) / facts.loadStep - EPS));
    const loadKg = plusInUnits(load, steps * facts.loadStep, units);
    const sameSets = { ...exercise, loadKg, targetReps: bottom(exercise, exercise.sets) };
    const sets = Math.min(exercise.sets, facts.defaultSets);
    const fewerSets = { ...sameSets, sets, targetReps: bottom(exercise, sets) };
    const after = [sameSets, fewerSets].find((candidate) => fits(candidate, exercise));
    if (after) return { action: 'progress', reason: 'progress-load', after };
    blocked = { kind: 'load', loadKg, rise: rise(sameSets, exercise) };
  }
  if (exercise.sets < facts.maxSets) {
    const sets = exercise.sets + 1;
    const after =
      facts.unit === 'seconds'
        ? { ...exercise, sets, targetReps: bottom(exercise, sets), holdSeconds: facts.holdMin }
        : { ...exercise, sets, targetReps: bottom(exercise, sets) };
    if (fits(after, exercise)) {
      return { action: 'progress', reason: 'progress-sets', after, ...(blocked && { blocked }) };
    }
  }
  if (blocked) return { action: 'hold', reason: 'step-too-big', after: exercise, blocked };
  return { action: 'hold', reason: 'maintain', after: exercise };
}
