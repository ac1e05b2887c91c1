import type { PlanExercise } from '../plan';
import { factsFor, sessionVolume } from './prescription';
import { inUnits, plusInUnits } from '../exercises';
import { STEP_IN_ABOVE } from './step-limits';

const EPS = 1e-9;

/**
 * The next load up: the lightest owned load above `kg` when a grid of owned loads is known
 * (undefined at the heaviest owned: docs/domain.md §5b rule 6), else the library's smallest step
 * of at least 2 % in the exercise's own units (plans not yet migrated).
 */
export function nextLoadUp(
  exercise: PlanExercise,
  kg: number,
  grid: readonly number[] | undefined,
): number | undefined {
  if (grid !== undefined) return grid.find((w) => w > kg + 1e-6);
  const facts = factsFor(exercise);
  const units = facts.loadUnits;
  const steps = Math.max(1, Math.ceil((inUnits(kg, units) * 0.02) / facts.loadStep - EPS));
  return plusInUnits(kg, steps * facts.loadStep, units);
}

/**
 * Reps for sets at a new, heavier load: 1 then 2 below the top of the range (docs/domain.md §5b
 * rule 9; ACSM 2009: "reps down 1-2 per set"), then, only if neither fits the cap, the bottom.
 */
const repDrops = (e: PlanExercise) => [
  ...new Set([1, 2].map((d) => Math.max(e.repsMin, e.repsMax - d)).concat(e.repsMin)),
];

export type LoadStepResult =
  | { kind: 'step'; code: 'progress-load' | 'progress-step-in'; after: PlanExercise }
  | { kind: 'blocked'; loadKg: number; rise: number }
  | { kind: 'ceiling' };

/**
 * One load step from the top of the range. Up to 25 % heavier: every set at the next load, reps
 * down 1-2 (fewer sets if that is what fits). Over 25 % (2 kg to 3 kg): stepped in, one set at
 * the new load first (docs/domain.md §5b rule 5). Each candidate must `fit` the 10 % cap.
 */
export function loadStep(
  exercise: PlanExercise,
  grid: readonly number[] | undefined,
  defaultSets: number,
  fits: (after: PlanExercise) => boolean,
): LoadStepResult {
  const load = exercise.loadKg ?? 0;
  const next = nextLoadUp(exercise, load, grid);
  if (next === undefined) return { kind: 'ceiling' };
  const plain = withoutCeilingExtras(exercise);
  // On the owned grid the rules of docs/domain.md §5b (step-in, reps down 1-2) apply; a plan
  // not yet migrated keeps the library's steps with reps back to the bottom of the range.
  const owned = grid !== undefined;
  const bigStep = owned && next / load - 1 > STEP_IN_ABOVE + EPS && exercise.sets > 1;
  const candidates: PlanExercise[] = [];
  for (const reps of owned ? repDrops(plain) : [plain.repsMin]) {
    if (bigStep) {
      const rest = Array.from({ length: plain.sets - 1 }, () => plain.repsMax);
      candidates.push({
        ...plain,
        stepIn: { loadKg: next, sets: 1 },
        targetReps: [reps, ...rest],
      });
    } else {
      for (const sets of [plain.sets, Math.min(plain.sets, defaultSets)]) {
        candidates.push({
          ...plain,
          sets,
          loadKg: next,
          targetReps: Array.from({ length: sets }, () => reps),
        });
      }
    }
  }
  const after = candidates.find(fits);
  if (after) {
    return {
      kind: 'step',
      code: after.stepIn === undefined ? 'progress-load' : 'progress-step-in',
      after,
    };
  }
  const first = candidates[0] ?? exercise;
  return {
    kind: 'blocked',
    loadKg: next,
    rise: sessionVolume(first) / sessionVolume(exercise) - 1,
  };
}

/**
 * The next week of a step-in: one more set at the new load (two, then all), reps on the set
 * moved over down 1-2 from the top. When every set is at the new load, it becomes the load.
 * Undefined when no such week fits the cap (the step-in waits).
 */
export function stepInNext(
  exercise: PlanExercise,
  fits: (after: PlanExercise) => boolean,
): PlanExercise | undefined {
  const stepIn = exercise.stepIn;
  if (stepIn === undefined) return undefined;
  const reps = exercise.targetReps ?? [];
  const counts = [
    ...new Set([stepIn.sets >= 2 ? exercise.sets : stepIn.sets + 1, stepIn.sets + 1]),
  ];
  for (const count of counts) {
    for (const moved of repDrops(exercise)) {
      const targetReps = reps.map((r, i) =>
        i >= stepIn.sets && i < count ? Math.min(r, moved) : r,
      );
      const after: PlanExercise =
        count >= exercise.sets
          ? withoutStepIn({ ...exercise, loadKg: stepIn.loadKg, targetReps })
          : { ...exercise, stepIn: { ...stepIn, sets: count }, targetReps };
      if (fits(after)) return after;
    }
  }
  return undefined;
}

function withoutStepIn(exercise: PlanExercise): PlanExercise {
  const copy = { ...exercise };
  delete copy.stepIn;
  return copy;
}

/**
 * Back to the plain movement and the rung's own rep range: a heavier weight replaces what the
 * ceiling added (more reps, slow lowering, the pause, the harder variant).
 */
export function withoutCeilingExtras(exercise: PlanExercise): PlanExercise {
  const copy = { ...exercise };
  delete copy.slowLowering;
  delete copy.pauseSeconds;
  delete copy.variant;
  const level = factsFor(exercise).level;
  if (level !== undefined && copy.repsMax > level.repsMax) {
    copy.repsMax = level.repsMax;
    if (copy.targetReps) copy.targetReps = copy.targetReps.map((r) => Math.min(r, level.repsMax));
  }
  return copy;
}
