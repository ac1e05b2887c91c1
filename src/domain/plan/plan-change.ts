import * as z from 'zod/mini';
import {
  daySchemaFor,
  idSchema,
  notARecord,
  recordMetaShape,
  textSchema,
  wholeNumberSchema,
} from '../common';
import { reasonCodes, reviewActions, weekStatuses } from './review-types';
import { checkRecord } from '../common';
import type { Clock, Validation } from '../common';

// Append only: stored history and backups hold these names.
export const planChangeKinds = ['weekly-review', 'flare-on', 'flare-off', 'setup-change'] as const;

/**
 * Why an exercise changed in a plan change: a weekly review's reason codes, plus 'setup-change'
 * for a change the person made on the setup screen (a new starting rung, or sets per session
 * lowered to keep the weekly volume within 10 %).
 */
export const planChangeReasons = [...reasonCodes, 'setup-change'] as const;

const phaseSchema = z.literal([1, 2, 3], { error: 'Phase must be 1, 2 or 3' });

export const planChangeExerciseSchema = z.object(
  {
    exerciseId: idSchema,
    exerciseIdAfter: idSchema,
    action: z.enum(reviewActions, { error: 'Choose progress, hold or step back' }),
    reason: z.enum(planChangeReasons, { error: 'Choose a reason from the list' }),
    atTop: z.boolean({ error: 'At the top must be yes or no' }),
    before: textSchema('Before', 100),
    after: textSchema('After', 100),
    sentence: textSchema('Sentence', 500),
    // Weekly volume load done tolerably on this exercise, newest week first, at most 4 weeks
    // (a flare week counts 0): the next review caps its step on it (docs/domain.md §5b rule 5).
    workDone: z.optional(
      z
        .array(
          z
            .number({ error: 'Work done must be a number' })
            .check(z.minimum(0, { error: "Work done can't be negative" })),
          { error: 'Work done must be a list' },
        )
        .check(z.maxLength(4, { error: 'Work done lists at most 4 weeks' })),
    ),
  },
  notARecord('plan change exercise'),
);

/**
 * One entry in the history of plan changes: a weekly review, flare mode turned on or off by
 * hand, or a change made on the setup screen. A weekly-review entry is also the `previous` input of the next week's review (its streak
 * of steady weeks and which exercises were at the top of their range).
 */
export const planChangeSchema = z.object(
  {
    ...recordMetaShape,
    kind: z.enum(planChangeKinds, { error: 'Choose a kind of plan change' }),
    day: daySchemaFor('Change date'),
    weekOf: z.optional(daySchemaFor('Week')),
    status: z.optional(z.enum(weekStatuses, { error: 'Choose a week status from the list' })),
    sessionsDone: wholeNumberSchema('Sessions done', 0, 7),
    sessionsPlanned: wholeNumberSchema('Sessions planned', 0, 7),
    goodWeeksInARow: wholeNumberSchema('Steady weeks in a row', 0, 10_000),
    phaseBefore: phaseSchema,
    phaseAfter: phaseSchema,
    flareModeBefore: z.boolean({ error: 'Flare mode must be on or off' }),
    flareModeAfter: z.boolean({ error: 'Flare mode must be on or off' }),
    headline: textSchema('Headline', 300),
    phaseMessage: textSchema('Phase message', 500),
    exercises: z.array(planChangeExerciseSchema, { error: 'Exercises must be a list' }),
  },
  notARecord('plan change'),
);

/** A stored plan change (history view). */
export type PlanChange = z.infer<typeof planChangeSchema>;

/** A plan change as the domain returns it; the data layer adds id and timestamps when it saves. */
export type NewPlanChange = Omit<PlanChange, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'>;

/** What a weekly review needs from last week's: a weekly-review plan change fits. */
export type PreviousReview = {
  weekOf?: string | undefined;
  goodWeeksInARow: number;
  /** The week's status and sessions done: stalls and breaks read runs of weeks (docs/domain.md §5b rules 2-4). */
  status?: string | undefined;
  sessionsDone?: number | undefined;
  exercises: readonly {
    exerciseId: string;
    atTop: boolean;
    reason?: string | undefined;
    exerciseIdAfter?: string | undefined;
    workDone?: readonly number[] | undefined;
  }[];
};

/** Validates a plan change; its day may not be after `clock.today`. */
export function checkPlanChange(input: unknown, clock: Clock): Validation<PlanChange> {
  return checkRecord(planChangeSchema, input, clock, [
    { path: 'day', kind: 'day', message: "Change date can't be in the future" },
  ]);
}
