import * as z from 'zod/mini';
import {
  daySchemaFor,
  instantSchemaFor,
  notARecord,
  painScoreSchema,
  recordMetaShape,
  requiredTextSchema,
  textSchema,
  wholeNumberSchema,
} from '../common';
import { checkRecord } from '../common';
import type { Clock, Validation } from '../common';

export const reRatingSchema = z.object(
  {
    on: instantSchemaFor('Re-rating time'),
    strength: wholeNumberSchema('Belief strength', 0, 100),
  },
  notARecord('re-rating'),
);

export const beliefSchema = z.object(
  {
    ...recordMetaShape,
    belief: requiredTextSchema('the belief', 300),
    situation: z.optional(textSchema('Situation', 500)),
    strength: wholeNumberSchema('Belief strength', 0, 100),
    evidenceFor: z.optional(textSchema('Evidence for', 1000)),
    evidenceAgainst: z.optional(textSchema('Evidence against', 1000)),
    alternative: z.optional(textSchema('Alternative thought', 300)),
    reRatings: z.array(reRatingSchema, { error: 'Re-ratings must be a list' }),
  },
  notARecord('journal entry'),
);

/** A belief journal entry: how strongly it is held (0-100), the evidence and later re-ratings. */
export type Belief = z.infer<typeof beliefSchema>;

/** Validates a journal entry; re-ratings may not be in the future. */
export function checkBelief(input: unknown, clock: Clock): Validation<Belief> {
  return checkRecord(beliefSchema, input, clock, [
    { path: 'reRatings.*.on', kind: 'instant', message: "Re-rating time can't be in the future" },
  ]);
}

export const experimentSchema = z.object(
  {
    ...recordMetaShape,
    activity: requiredTextSchema('the activity', 120),
    predictedPain: painScoreSchema('Predicted pain'),
    plannedFor: daySchemaFor('Planned date'),
    actualPain: z.optional(painScoreSchema('Actual pain')),
    doneOn: z.optional(daySchemaFor('The date you did it')),
    notes: z.optional(textSchema('Notes', 500)),
  },
  notARecord('experiment'),
);

/** A behavioural experiment: predicted pain before a feared activity, actual pain after. */
export type Experiment = z.infer<typeof experimentSchema>;

/** Validates an experiment; it may be planned for the future but not done in the future. */
export function checkExperiment(input: unknown, clock: Clock): Validation<Experiment> {
  return checkRecord(experimentSchema, input, clock, [
    { path: 'doneOn', kind: 'day', message: "The date you did it can't be in the future" },
  ]);
}
