import { defaultPrescription, nextLevel } from '../exercises';
import { MIN_UNITS } from '../exercises';
import type { ExerciseLevel } from '../exercises';
import type { EquipmentKind, PlanExercise } from '../plan';
import { ceilingStep, type CeilingCode } from './ceiling-step';
import { loadStep, stepInNext } from './load-step';
import {
  comparableVolumes,
  factsFor,
  loadUnitsOf,
  sessionVolume,
  targetRepsOf,
} from './prescription';
import { spreadReps } from './step-back';
import {
  gridFor,
  gridKindOf,
  sessionLimit,
  STEP_IN_ABOVE,
  WEEKLY_RISE_LIMIT,
  type StepLimits,
} from './step-limits';
import { snapToOwned } from './owned-loads';

export { WEEKLY_RISE_LIMIT } from './step-limits';

export type ProgressCode =
  | 'progress-reps'
  | 'progress-load'
  | 'progress-step-in'
  | 'progress-sets'
  | 'progress-level'
  | 'progress-hold-seconds'
  | Exclude<CeilingCode, 'at-ceiling'>;
export type TopCode = 'top-of-range' | 'maintain' | 'step-too-big' | 'at-ceiling';

/**
 * The smallest step not taken because it would rise over 10 %, and by how much it would have;
 * 'work' when the plan is already over 10 % above the most tolerable work done in a week lately.
 */
export type BlockedStep = {
  kind: 'rep' | 'second' | 'load' | 'work';
  loadKg?: number;
  rise: number;
};

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
  limits: StepLimits = {},
): ProgressionStep {
  const limit = sessionLimit(exercise, limits);
  const fits = (after: PlanExercise) => sessionVolume(after) <= limit;
  if (!fits(exercise) && limits.mostDoneWeekly !== undefined) {
    // Already over 10 % above the most done in a week lately (two of three sessions): the plan
    // waits for a week that does it (docs/domain.md §5b rule 5, the cap on work done).
    const over = sessionVolume(exercise) / (limit - EPS) - 1;
    return {
      action: 'hold',
      reason: 'step-too-big',
      after: exercise,
      blocked: { kind: 'work', rise: Math.max(over, 0) },
    };
  }
  const facts = factsFor(exercise);
  if (exercise.stepIn !== undefined) {
    const after = stepInNext(exercise, fits);
    if (after) return { action: 'progress', reason: 'progress-step-in', after };
    const moved = exercise.stepIn.loadKg;
    return {
      action: 'hold',
      reason: 'step-too-big',
      after: exercise,
      blocked: { kind: 'load', loadKg: moved, rise: 0 },
    };
  }
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
    const after = { ...exercise, holdSeconds: hold + extra };
    if (!fits(after))
      return {
        action: 'hold',
        reason: 'step-too-big',
        after: exercise,
        blocked: { kind: 'work', rise: rise(after, exercise) },
      };
    return { action: 'progress', reason: 'progress-hold-seconds', after };
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
    for (let n = extra; n >= 1; n -= 1) {
      const after = { ...exercise, targetReps: addReps(reps, n, exercise.repsMax) };
      if (fits(after)) return { action: 'progress', reason: 'progress-reps', after };
    }
    return {
      action: 'hold',
      reason: 'step-too-big',
      after: exercise,
      blocked: { kind: 'work', rise: 1 / total },
    };
  }
  return atTheTop(exercise, equipment, topLastWeek, limits, fits);
}

/**
 * The next rung's starting prescription, its load on the person's own grid (never above the
 * heaviest owned, docs/domain.md §5b rule 6), made lighter (fewer sets, then fewer reps) when it
 * would otherwise rise over the cap on a comparable current prescription (someone doing 1 set
 * where the default is 3). Undefined when that leaves under 10 reps a session: they stay a while.
 */
function fitStart(
  library: PlanExercise | undefined,
  current: PlanExercise,
  limits: StepLimits,
  fits: (after: PlanExercise) => boolean,
  destination: boolean,
): PlanExercise | undefined {
  if (library === undefined) return undefined;
  const kind = gridKindOf(library);
  const snapped =
    limits.owned && kind && library.loadKg !== undefined
      ? snapToOwned(limits.owned, kind, library.loadKg)
      : library.loadKg;
  if (library.loadKg !== undefined && snapped === undefined) return undefined;
  const plain = snapped === undefined ? library : { ...library, loadKg: snapped };
  const start = (destination && inTheBand(plain, limits)) || plain;
  if (!comparableVolumes(start, current) || fits(start)) return start;
  const perRep = sessionVolume(start) / targetRepsOf(start).reduce((a, b) => a + b, 0);
  const total = Math.floor((sessionLimit(current, limits) + EPS) / perRep);
  if (total < MIN_UNITS) return undefined;
  const sets = Math.min(start.sets, Math.max(1, Math.floor(total / start.repsMin)));
  const targetReps = spreadReps(Math.min(total, sets * start.repsMax), sets);
  return { ...start, sets, targetReps };
}

/**
 * The destination begun where a load step leaves a person, not at the bottom of its range: reps
 * 1 below the top on every set, at the heaviest owned load that keeps the session's work no more
 * than the library start's (docs/domain.md §5b rules 5 and 9). From the bottom of the range reps
 * climb one a week under the 10 % cap, so the first +2.5 kg on the deadlift took 8 weeks; from
 * the band it takes 3, as every later one does. Undefined when no owned load fits, or when the
 * next load up from it would be a step-in (light kettlebells and dumbbells): those start as the
 * library says.
 */
function inTheBand(start: PlanExercise, limits: StepLimits): PlanExercise | undefined {
  const grid = start.loadKg !== undefined ? gridFor(start, limits.owned) : undefined;
  if (grid === undefined || start.repsMax - 1 <= start.repsMin) return undefined;
  const reps = start.repsMax - 1;
  const most = sessionVolume(start) / (reps * start.sets);
  const load = [...grid].reverse().find((w) => w <= most + EPS);
  const up = load === undefined ? undefined : grid.find((w) => w > load + EPS);
  if (load === undefined || up === undefined || up / load - 1 > STEP_IN_ABOVE + EPS)
    return undefined;
  return { ...start, loadKg: load, targetReps: Array.from({ length: start.sets }, () => reps) };
}

function atTheTop(
  exercise: PlanExercise,
  equipment: readonly EquipmentKind[],
  topLastWeek: boolean,
  limits: StepLimits,
  fits: (after: PlanExercise) => boolean,
): ProgressionStep {
  const facts = factsFor(exercise);
  const load = exercise.loadKg ?? 0;
  const grid = load > 0 ? gridFor(exercise, limits.owned) : undefined;
  const next = nextLevel(exercise.exerciseId, equipment);
  // At the heaviest weight owned, the next rung is the way on even before its move-on load.
  const atCeiling = grid !== undefined && grid.every((w) => w <= load + 1e-6);
  const ready =
    load <= 0 || atCeiling || (facts.moveOnAtKg !== undefined && load >= facts.moveOnAtKg - EPS);
  // The next rung's weights come in this one's units, so a pound plan stays in pounds.
  const start =
    next &&
    fitStart(
      defaultPrescription(next.id, loadUnitsOf(exercise)),
      exercise,
      limits,
      fits,
      nextLevel(next.id, equipment) === undefined,
    );
  if (next && start && ready) {
    if (topLastWeek) return { action: 'progress', reason: 'progress-level', after: start };
    return { action: 'hold', reason: 'top-of-range', after: exercise, next };
  }
  let blocked: BlockedStep | undefined;
  if (load > 0) {
    const step = loadStep(exercise, grid, facts.defaultSets, fits);
    if (step.kind === 'step') return { action: 'progress', reason: step.code, after: step.after };
    if (step.kind === 'ceiling') {
      const ceiling = ceilingStep(exercise, fits);
      return {
        action: ceiling.code === 'at-ceiling' ? 'hold' : 'progress',
        reason: ceiling.code,
        after: ceiling.after,
      };
    }
    blocked = { kind: 'load', loadKg: step.loadKg, rise: step.rise };
  }
  if (exercise.sets < facts.maxSets) {
    const after = moreSets(exercise, facts).find(fits);
    if (after) {
      return { action: 'progress', reason: 'progress-sets', after, ...(blocked && { blocked }) };
    }
  }
  if (blocked) return { action: 'hold', reason: 'step-too-big', after: exercise, blocked };
  return { action: 'hold', reason: 'maintain', after: exercise };
}

/**
 * One more set, best first: the session's work kept (the reps, or the seconds held, spread over
 * the new set so the volume does not fall), else every set at the bottom of its range. A step up
 * never plans less work than the week it follows, so a worse week can never end up heavier
 * (docs/domain.md §5b rule 8).
 */
function moreSets(exercise: PlanExercise, facts: ReturnType<typeof factsFor>): PlanExercise[] {
  const sets = exercise.sets + 1;
  const targetReps = bottom(exercise, sets);
  const sum = (reps: readonly number[]) => reps.reduce((a, b) => a + b, 0);
  if (facts.unit === 'seconds') {
    const heldBefore = sum(targetRepsOf(exercise)) * (exercise.holdSeconds ?? facts.holdMin);
    const kept = Math.ceil(heldBefore / sum(targetReps) - EPS);
    const hold = Math.min(facts.holdMax, Math.max(facts.holdMin, kept));
    return [
      { ...exercise, sets, targetReps, holdSeconds: hold },
      { ...exercise, sets, targetReps, holdSeconds: facts.holdMin },
    ];
  }
  const total = sum(targetRepsOf(exercise));
  const kept = Math.min(sets * exercise.repsMax, Math.max(sets * exercise.repsMin, total));
  return [
    { ...exercise, sets, targetReps: spreadReps(kept, sets) },
    { ...exercise, sets, targetReps },
  ];
}
