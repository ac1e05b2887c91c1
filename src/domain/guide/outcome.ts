import * as z from 'zod/mini';
import {
  daySchemaFor,
  notARecord,
  painScoreSchema,
  recordMetaShape,
  requiredTextSchema,
} from '../common';
import { checkRecord } from '../common';
import type { Clock, Validation } from '../common';

export const activityRatingSchema = z.object(
  {
    activity: requiredTextSchema('the activity', 80),
    rating: painScoreSchema('Rating'),
  },
  notARecord('activity rating'),
);

export const outcomeSchema = z.object(
  {
    ...recordMetaShape,
    weekOf: daySchemaFor('Week'),
    backPain: painScoreSchema('Back pain'),
    activityRatings: z
      .array(activityRatingSchema, { error: 'Activity ratings must be a list' })
      .check(z.maxLength(5, { error: 'Rate at most 5 activities' })),
  },
  notARecord('weekly rating'),
);

/** The weekly outcome: pain this week and the person's own hard activities rated 0-10. */
export type Outcome = z.infer<typeof outcomeSchema>;

/** Validates a weekly outcome; its week may not start after `clock.today`. */
export function checkOutcome(input: unknown, clock: Clock): Validation<Outcome> {
  return checkRecord(outcomeSchema, input, clock, [
    { path: 'weekOf', kind: 'day', message: "Week can't be in the future" },
  ]);
}
