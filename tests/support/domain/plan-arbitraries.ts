// fast-check generators for the weekly review's property tests: any plan the library allows and
// any week of records around it (week-arbitraries.ts), maybe with last week's review.
import fc from 'fast-check';
import { addDays } from '../../../src/domain/episodes/episode-history';
import {
  defaultPrescription,
  exerciseLibrary,
} from '../../../src/domain/exercises/exercise-library';
import type { ExerciseLevel } from '../../../src/domain/exercises/exercise-level';
import { fromUnits } from '../../../src/domain/exercises/load-units';
import { equipmentKinds, type Plan, type PlanExercise } from '../../../src/domain/plan/plan';
import type { PreviousReview } from '../../../src/domain/plan/plan-change';
import { FIRST_WEEK, utcDayOf, type WeekScript } from './plan-test-builders';
import { units, type Units } from '../../../src/domain/settings/settings';
import { buildPlan } from './test-builders';
import type { WeekReviewInput } from '../../../src/domain/review/weekly-review';
import { recordsArb } from './week-arbitraries';

export const WEEK = FIRST_WEEK;
// The same as defaultPrescription, spelled out so the type is a plain PlanExercise.
const startOf = (level: ExerciseLevel): PlanExercise => ({
  exerciseId: level.id,
  ladder: level.ladder,
  sets: level.sets,
  repsMin: level.repsMin,
  repsMax: level.repsMax,
});

/**
 * A prescription on any library rung, in `inUnits` (else kg or lb): any sets, reps per set up to
 * the top, load on its steps in its units (a pound load stored as its exact kg, as the engine does).
 */
export const prescriptionArbIn = (inUnits?: Units): fc.Arbitrary<PlanExercise> =>
  fc
    .record({
      level: fc.constantFrom(...exerciseLibrary),
      units: inUnits === undefined ? fc.constantFrom(...units) : fc.constant(inUnits),
      sets: fc.integer({ min: 1, max: 4 }),
      reps: fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 4, maxLength: 4 }),
      loadSteps: fc.integer({ min: -1, max: 30 }),
      hold: fc.integer({ min: 1, max: 70 }),
    })
    .map(({ level, units, sets, reps, loadSteps, hold }) => {
      const start = { ...defaultPrescription(level.id, units), ...startOf(level) };
      const targetReps = reps.slice(0, sets).map((r) => Math.min(r, level.repsMax));
      const load = level.load?.[units];
      return {
        ...start,
        sets,
        targetReps,
        ...(load && { loadKg: fromUnits(load.start + loadSteps * load.step, units) }),
        ...(level.holdMax !== undefined && { holdSeconds: Math.min(hold, level.holdMax) }),
      };
    });

/** A prescription on any library rung, in kg or lb (plans can mix them after a conversion). */
export const prescriptionArb = prescriptionArbIn();

/** Any plan the library allows, its exercises in `inUnits` (else each in kg or lb). */
export const planArbIn = (inUnits?: Units): fc.Arbitrary<Plan> =>
  fc
    .record({
      phase: fc.constantFrom(1 as const, 2 as const, 3 as const),
      daysPerWeek: fc.integer({ min: 2, max: 4 }),
      equipment: fc.subarray([...equipmentKinds]),
      exercises: fc.uniqueArray(prescriptionArbIn(inUnits), {
        minLength: 1,
        maxLength: 4,
        selector: (e) => e.exerciseId,
      }),
      flareSince: fc.oneof(
        { weight: 3, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: fc.integer({ min: -14, max: 6 }) },
      ),
    })
    .map(({ flareSince, ...rest }) =>
      buildPlan({
        ...rest,
        trainingDays: undefined,
        flareMode: flareSince !== undefined,
        ...(flareSince !== undefined && { flareSince: addDays(WEEK, flareSince) }),
      }),
    );

export const planArb = planArbIn();

const previousArb = (plan: Plan): fc.Arbitrary<PreviousReview | undefined> =>
  fc.option(
    fc.record({
      weekOf: fc.constantFrom(addDays(WEEK, -7), addDays(WEEK, -14)),
      goodWeeksInARow: fc.integer({ min: 0, max: 3 }),
      exercises: fc.tuple(
        ...plan.exercises.map((e) =>
          fc.record({ exerciseId: fc.constant(e.exerciseId), atTop: fc.boolean() }),
        ),
      ),
    }),
    { nil: undefined },
  );

/** A whole review input: a plan, a week of records around it, maybe last week's review. */
export const reviewInputArb: fc.Arbitrary<WeekReviewInput> = planArb.chain((plan) =>
  fc.tuple(recordsArb(plan), previousArb(plan)).map(([records, previous]) => ({
    plan,
    weekOf: WEEK,
    ...records,
    dayOf: utcDayOf,
    ...(previous && { previous }),
  })),
);

/** Any week as playWeeks plays it: sessions done, a hard set, a spasm, a worse morning, reps. */
export const weekScriptArb: fc.Arbitrary<WeekScript> = fc.record(
  {
    sessions: fc.integer({ min: 0, max: 4 }),
    hardOn: fc.integer({ min: 0, max: 6 }),
    spasmOn: fc.integer({ min: 0, max: 6 }),
    worseAfter: fc.integer({ min: 0, max: 6 }),
    reps: fc.integer({ min: 0, max: 25 }),
  },
  { requiredKeys: [] },
);
