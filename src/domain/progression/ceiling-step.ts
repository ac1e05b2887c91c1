import type { ExerciseLevel } from '../exercises';
import type { HarderVariant, PlanExercise } from '../plan';
import { factsFor, sessionVolume, targetRepsOf } from './prescription';
import { spreadReps } from './step-back';

/**
 * Reps rows and Romanian deadlifts go up to once no heavier weight is owned (docs/domain.md §5b
 * rule 6: "reps (rows and RDLs to 20)"). Other rungs keep their own range.
 */
export const CEILING_REPS = 20;

/** The rep ceiling at the heaviest load owned: 20 for rows and Romanian deadlifts. */
export function ceilingRepsOf(level: ExerciseLevel | undefined, repsMax: number): number {
  if (level === undefined || level.unit !== 'reps') return repsMax;
  const ceilingRung = level.ladder === 'row' || /romanian/i.test(level.name);
  return ceilingRung ? Math.max(repsMax, CEILING_REPS) : repsMax;
}

/** The harder variant on the same rung (docs/domain.md §5b rule 6), if the rung has one. */
export function harderVariantOf(level: ExerciseLevel | undefined): HarderVariant | undefined {
  if (level === undefined || level.loadKind === 'bodyweight') return undefined;
  if (level.ladder === 'row') return 'paused';
  if (/romanian/i.test(level.name)) return 'single-leg';
  return undefined;
}

export type CeilingCode =
  | 'ceiling-reps'
  | 'ceiling-sets'
  | 'ceiling-lowering'
  | 'ceiling-pause'
  | 'ceiling-variant'
  | 'at-ceiling';

export type CeilingStep = { code: CeilingCode; after: PlanExercise };

/**
 * One step up at the heaviest load the person owns (docs/domain.md §5b rule 6), one per steady
 * week, in this order: a higher rep ceiling (rows and RDLs to 20; the reps then rise a few a week
 * as usual), one more set, 3-4 s lowering, a 2 s pause, a harder variant on the same rung
 * (reps back to the bottom of the range), then hold ('at-ceiling') until a heavier weight is owned.
 * `fits` is the 10 % cap; a step that does not fit is skipped for the next in line. The load never
 * changes here.
 */
export function ceilingStep(
  exercise: PlanExercise,
  fits: (after: PlanExercise) => boolean,
): CeilingStep {
  const facts = factsFor(exercise);
  const reps = targetRepsOf(exercise);
  const candidates: CeilingStep[] = [];
  const ceilingReps = ceilingRepsOf(facts.level, exercise.repsMax);
  if (facts.unit === 'reps' && ceilingReps > exercise.repsMax) {
    // One more rep on the lowest set opens the new range: the usual rep steps follow.
    const raised = [...reps];
    const low = raised.indexOf(Math.min(...raised));
    raised[low] = (raised[low] ?? 0) + 1;
    candidates.push({
      code: 'ceiling-reps',
      after: { ...exercise, repsMax: ceilingReps, targetReps: raised },
    });
  }
  if (exercise.sets < facts.maxSets && exercise.stepIn === undefined) {
    candidates.push({ code: 'ceiling-sets', after: oneMoreSet(exercise, reps) });
  }
  if (exercise.slowLowering !== true) {
    candidates.push({ code: 'ceiling-lowering', after: { ...exercise, slowLowering: true } });
  }
  if (exercise.pauseSeconds === undefined) {
    candidates.push({ code: 'ceiling-pause', after: { ...exercise, pauseSeconds: 2 } });
  }
  const variant = harderVariantOf(facts.level);
  if (variant !== undefined && exercise.variant === undefined) {
    const bottom = Array.from({ length: exercise.sets }, () => exercise.repsMin);
    candidates.push({
      code: 'ceiling-variant',
      after: { ...exercise, variant, targetReps: bottom },
    });
  }
  return candidates.find((c) => fits(c.after)) ?? { code: 'at-ceiling', after: exercise };
}

/**
 * One more set with the session's reps spread over it, up to 10 % more in all, so a set added
 * at 3 × 20 reads 4 × 16 or so rather than dropping to the bottom of the range.
 */
function oneMoreSet(exercise: PlanExercise, reps: readonly number[]): PlanExercise {
  const sets = exercise.sets + 1;
  const total = reps.reduce((a, b) => a + b, 0);
  const spread = spreadReps(Math.floor(total * 1.1), sets).map((r) =>
    Math.min(exercise.repsMax, Math.max(exercise.repsMin, r)),
  );
  const after = { ...exercise, sets, targetReps: spread };
  // Never more than 10 % over what it was: trim from the last sets if the floor pushed it up.
  while (sessionVolume(after) > sessionVolume(exercise) * 1.1 + 1e-9) {
    const i = after.targetReps.findLastIndex((r) => r > 1);
    if (i < 0) break;
    after.targetReps[i] = (after.targetReps[i] ?? 1) - 1;
  }
  return after;
}
