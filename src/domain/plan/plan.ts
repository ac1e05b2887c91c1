import * as z from 'zod/mini';
import {
  daySchemaFor,
  idSchema,
  loadKgSchema,
  notARecord,
  recordMetaShape,
  uniqueValues,
  wholeNumberSchema,
  whenFieldsValid,
} from '../common';
import { units } from '../settings';
import { ownedEquipmentSchema } from './owned-equipment';
import { checkRecord } from '../common';
import type { Clock, Validation } from '../common';

export const equipmentKinds = [
  'none',
  'dumbbells',
  'kettlebell',
  'barbell',
  'bands',
  'bench',
] as const;
export type EquipmentKind = (typeof equipmentKinds)[number];
export const equipmentLabels: Record<EquipmentKind, string> = {
  none: 'No equipment',
  dumbbells: 'Dumbbells',
  kettlebell: 'Kettlebell',
  barbell: 'Barbell',
  bands: 'Resistance bands',
  bench: 'Bench',
};

export const ladders = ['extension', 'row', 'hinge', 'accessory'] as const;
export type Ladder = (typeof ladders)[number];
export const ladderLabels: Record<Ladder, string> = {
  extension: 'Back extension',
  row: 'Row',
  hinge: 'Hip hinge',
  accessory: 'Accessory',
};

/**
 * Harder variants on the same rung, for when no heavier weight is owned (docs/domain.md §5b rule
 * 6): a single-leg Romanian deadlift, a row paused at the top. Stored names: never rename.
 */
export const harderVariants = ['single-leg', 'paused'] as const;
export type HarderVariant = (typeof harderVariants)[number];

export const planExerciseSchema = z
  .object(
    {
      exerciseId: idSchema,
      ladder: z.enum(ladders, { error: 'Choose extension, row, hinge or accessory' }),
      sets: wholeNumberSchema('Sets', 1, 10),
      repsMin: wholeNumberSchema('Minimum reps', 1, 100),
      repsMax: wholeNumberSchema('Maximum reps', 1, 100),
      loadKg: z.optional(loadKgSchema),
      // The units this exercise's weights are counted in: loadKg is still kg, but for 'lb' it is
      // the exact kg of a pound weight, and steps are in pounds (load-units.ts). Absent means kg,
      // as for plans stored before it existed.
      loadUnits: z.optional(z.enum(units, { error: 'Choose kg or lb' })),
      holdSeconds: z.optional(wholeNumberSchema('Hold', 1, 600, ' of seconds')),
      // True from a setup change that put this exercise at a new rung or load until a weekly
      // review has seen it tried: its first week is judged as a baseline week of its own, while
      // the others carry on. Absent means settled, as for plans stored before it existed.
      findingBaseline: z.optional(z.boolean({ error: 'Finding the baseline must be yes or no' })),
      // Reps to aim for in each set, so a week can add one rep to some sets only (double
      // progression within 10 %). Optional for stored plans from before it existed: absent means
      // every set at repsMin. Step-backs may go below repsMin, never above repsMax.
      targetReps: z.optional(
        z
          .array(wholeNumberSchema('Target reps', 1, 100), { error: 'Target reps must be a list' })
          .check(z.maxLength(10, { error: 'Target reps can list at most 10 sets' })),
      ),
      // A load step over 25 % taken a set at a time (docs/domain.md §5b rule 5): the first `sets`
      // sets at this heavier owned load, the rest at loadKg. Absent: every set at loadKg.
      stepIn: z.optional(
        z.object(
          {
            loadKg: loadKgSchema,
            sets: wholeNumberSchema('Sets at the new load', 1, 10),
          },
          notARecord('step-in'),
        ),
      ),
      // Progress at the heaviest load owned (docs/domain.md §5b rule 6): lower over 3-4 s, a 2 s
      // pause, then a harder variant on the same rung. Absent: the plain movement.
      slowLowering: z.optional(z.boolean({ error: 'Slow lowering must be yes or no' })),
      pauseSeconds: z.optional(wholeNumberSchema('Pause', 1, 5, ' of seconds')),
      variant: z.optional(z.enum(harderVariants, { error: 'Choose a variant from the list' })),
    },
    notARecord('plan exercise'),
  )
  .check(
    z.refine((e) => e.repsMin <= e.repsMax, {
      error: 'Maximum reps must be at least the minimum reps',
      path: ['repsMax'],
      when: whenFieldsValid('repsMin', 'repsMax'),
    }),
    z.refine((e) => e.stepIn === undefined || e.stepIn.sets < e.sets, {
      error: 'A step-in puts fewer than all sets at the new load',
      path: ['stepIn'],
      when: whenFieldsValid('sets', 'stepIn'),
    }),
    z.refine(
      (e) =>
        e.targetReps === undefined ||
        (e.targetReps.length === e.sets && e.targetReps.every((r) => r <= e.repsMax)),
      {
        error: 'Give target reps for each set, none above the maximum reps',
        path: ['targetReps'],
        when: whenFieldsValid('sets', 'repsMax', 'targetReps'),
      },
    ),
  );

/**
 * One exercise's prescription: ladder level, sets, rep range, reps per set, load and hold.
 * `exerciseId` is an exercise-library level id (see exercise-library.ts).
 */
export type PlanExercise = z.infer<typeof planExerciseSchema>;

const weekdayError = 'Training days must be weekdays from 0 (Sunday) to 6 (Saturday)';

export const planSchema = z
  .object(
    {
      ...recordMetaShape,
      phase: z.literal([1, 2, 3], { error: 'Phase must be 1, 2 or 3' }),
      daysPerWeek: wholeNumberSchema('Training days per week', 2, 4),
      trainingDays: z.optional(
        z
          .array(
            z
              .int({ error: weekdayError })
              .check(z.minimum(0, { error: weekdayError }), z.maximum(6, { error: weekdayError })),
            { error: weekdayError },
          )
          .check(uniqueValues('Each training day can only be chosen once')),
      ),
      equipment: z
        .array(z.enum(equipmentKinds, { error: 'Choose equipment from the list' }), {
          error: 'Choose equipment from the list',
        })
        .check(uniqueValues('Each piece of equipment can only be chosen once')),
      exercises: z.array(planExerciseSchema, { error: 'Exercises must be a list' }),
      flareMode: z.boolean({ error: 'Flare mode must be on or off' }),
      flareSince: z.optional(daySchemaFor('Flare start date')),
      // True from setup until a weekly review has seen every exercise tried (the baseline
      // week). Absent means the baseline is set, as for plans stored before this existed.
      findingBaseline: z.optional(z.boolean({ error: 'Finding the baseline must be yes or no' })),
      // The prescriptions before a break of two or more weeks without a session, kept until the
      // first week back has set the baseline: the restart eases from them and the week back is
      // capped at them (docs/domain.md §5b rule 2). Absent when there is no break.
      beforeBreak: z.optional(
        z
          .array(planExerciseSchema, { error: 'Exercises before the break must be a list' })
          .check(z.maxLength(20, { error: 'Too many exercises before the break' })),
      ),
      // The weights the person owns (docs/domain.md §5b rule 5): every load comes from them.
      // Absent only on plans stored before it existed and not yet migrated.
      owned: z.optional(ownedEquipmentSchema),
    },
    notARecord('plan'),
  )
  .check(
    z.refine((p) => !p.flareMode || p.flareSince !== undefined, {
      error: 'Enter the date the flare started',
      path: ['flareSince'],
      when: whenFieldsValid('flareMode', 'flareSince'),
    }),
  );

/** The exercise plan: phase, schedule, equipment, prescriptions and flare mode. */
export type Plan = z.infer<typeof planSchema>;

/** Validates a plan; flare mode needs a start date, which may not be after `clock.today`. */
export function checkPlan(input: unknown, clock: Clock): Validation<Plan> {
  return checkRecord(planSchema, input, clock, [
    { path: 'flareSince', kind: 'day', message: "Flare start date can't be in the future" },
  ]);
}
