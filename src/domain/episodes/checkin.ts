import * as z from 'zod/mini';
import {
  daySchemaFor,
  idSchema,
  notARecord,
  painScoreSchema,
  recordMetaShape,
  textSchema,
  uniqueValues,
} from '../common';
import { checkRecord } from '../common';
import type { Clock, Validation } from '../common';

/** How the back feels this morning compared with usual, after yesterday's exercise session. */
export const morningResponses = ['better', 'same', 'worse'] as const;
export type MorningResponse = (typeof morningResponses)[number];
export const morningResponseLabels: Record<MorningResponse, string> = {
  better: 'Better than usual',
  same: 'Same as usual',
  worse: 'Worse than usual',
};

export const checkinSchema = z.object(
  {
    ...recordMetaShape,
    day: daySchemaFor('Check-in date'),
    backPain: painScoreSchema('Back pain'),
    activityIds: z
      .array(idSchema, { error: 'Choose the activities you did from the list' })
      .check(
        z.maxLength(50, { error: 'Choose at most 50 activities' }),
        uniqueValues('Each activity can only be chosen once'),
      ),
    morningAfterSession: z.optional(
      z.enum(morningResponses, { error: 'Choose better, same or worse than usual' }),
    ),
    notes: z.optional(textSchema('Notes', 500)),
  },
  notARecord('check-in'),
);

/** One day's check-in: pain today and the activities done (the exposures). */
export type Checkin = z.infer<typeof checkinSchema>;

/** Validates a check-in; its day may not be after `clock.today`. */
export function checkCheckin(input: unknown, clock: Clock): Validation<Checkin> {
  return checkRecord(checkinSchema, input, clock, [
    { path: 'day', kind: 'day', message: "Check-in date can't be in the future" },
  ]);
}
