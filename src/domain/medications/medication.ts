import * as z from 'zod/mini';
import {
  daySchemaFor,
  notARecord,
  recordMetaShape,
  requiredTextSchema,
  textSchema,
  whenFieldsValid,
} from '../common';
import { checkRecord } from '../common';
import type { Clock, Validation } from '../common';

export const doseChangeSchema = z.object(
  { on: daySchemaFor('Dose change date'), dose: requiredTextSchema('the new dose', 60) },
  notARecord('dose change'),
);

export const medicationSchema = z
  .object(
    {
      ...recordMetaShape,
      name: requiredTextSchema('the medicine name', 100),
      drugClass: z.optional(textSchema('Drug class', 60)),
      dose: z.optional(textSchema('Dose', 60)),
      startedOn: daySchemaFor('Start date'),
      doseChanges: z.array(doseChangeSchema, { error: 'Dose changes must be a list' }),
      stoppedOn: z.optional(daySchemaFor('Stop date')),
      notes: z.optional(textSchema('Notes', 500)),
    },
    notARecord('medicine record'),
  )
  .check(
    z.refine((m) => m.stoppedOn === undefined || m.stoppedOn >= m.startedOn, {
      error: "Stop date can't be before the start date",
      path: ['stoppedOn'],
      when: whenFieldsValid('startedOn', 'stoppedOn'),
    }),
    z.superRefine((m, ctx) => {
      m.doseChanges.forEach((change, index) => {
        if (change.on < m.startedOn) {
          ctx.addIssue({
            code: 'custom',
            message: "A dose change can't be before the start date",
            path: ['doseChanges', index, 'on'],
          });
        }
      });
    }),
  );

/** A medicine the person takes, with the dates it started, changed dose and stopped. */
export type Medication = z.infer<typeof medicationSchema>;

/** Validates a medicine record; no date in it may be after `clock.today`. */
export function checkMedication(input: unknown, clock: Clock): Validation<Medication> {
  return checkRecord(medicationSchema, input, clock, [
    { path: 'startedOn', kind: 'day', message: "Start date can't be in the future" },
    { path: 'doseChanges.*.on', kind: 'day', message: "Dose change date can't be in the future" },
    { path: 'stoppedOn', kind: 'day', message: "Stop date can't be in the future" },
  ]);
}
