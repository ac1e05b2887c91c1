import * as z from 'zod/mini';
import { daySchemaFor, instantSchemaFor, notARecord, recordMetaShape } from '../common';
import { checkRecord } from '../common';
import type { Clock, Validation } from '../common';

export const screeningOutcomes = ['emergency', 'see-doctor-soon', 'nothing-urgent'] as const;
export type ScreeningOutcome = (typeof screeningOutcomes)[number];
export const screeningOutcomeLabels: Record<ScreeningOutcome, string> = {
  emergency: 'Get emergency help now',
  'see-doctor-soon': 'See a doctor soon',
  'nothing-urgent': 'Nothing urgent found',
};

export const screeningSchema = z.object(
  {
    ...recordMetaShape,
    takenAt: instantSchemaFor('Check time'),
    answers: z.record(
      z.string({ error: 'Each answer must belong to a question' }),
      z.boolean({ error: 'Answer each question yes or no' }),
      { error: 'Answers must be a set of yes or no answers' },
    ),
    outcome: z.enum(screeningOutcomes, { error: 'Choose an outcome from the list' }),
    seenDoctorOn: z.optional(daySchemaFor('The date you saw a doctor')),
    // Signs asked as "new or changed since you were checked?" (their answer means new or changed),
    // and signs left as "not sure" (docs/domain.md §3). Optional: older checks have neither.
    askedSinceChecked: z.optional(
      z.array(z.string({ error: 'Each sign must be named by its question' }), {
        error: 'Signs asked since a check must be a list',
      }),
    ),
    notSure: z.optional(
      z.array(z.string({ error: 'Each sign must be named by its question' }), {
        error: 'Signs not sure about must be a list',
      }),
    ),
  },
  notARecord('safety check'),
);

/** A completed red-flag safety check: the yes/no answers by question id and the urgency found. */
export type Screening = z.infer<typeof screeningSchema>;

/** Validates a safety check; its time and the doctor visit may not be in the future. */
export function checkScreening(input: unknown, clock: Clock): Validation<Screening> {
  return checkRecord(screeningSchema, input, clock, [
    { path: 'takenAt', kind: 'instant', message: "Check time can't be in the future" },
    {
      path: 'seenDoctorOn',
      kind: 'day',
      message: "The date you saw a doctor can't be in the future",
    },
  ]);
}
