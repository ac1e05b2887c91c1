import * as z from 'zod/mini';
import {
  daySchemaFor,
  idSchema,
  instantSchemaFor,
  loadKgSchema,
  notARecord,
  painScoreSchema,
  recordMetaShape,
  textSchema,
  wholeNumberSchema,
  whenFieldsValid,
} from '../common';
import { checkRecord, isAfter } from '../common';
import type { Clock, Validation } from '../common';

export const efforts = ['easy', 'moderate', 'hard'] as const;
export type Effort = (typeof efforts)[number];
export const effortLabels: Record<Effort, string> = {
  easy: 'Easy',
  moderate: 'Moderate',
  hard: 'Hard',
};

export const sessionSchema = z
  .object(
    {
      ...recordMetaShape,
      day: daySchemaFor('Session date'),
      startedAt: z.optional(instantSchemaFor('Start time')),
      completedAt: z.optional(instantSchemaFor('Finish time')),
      notes: z.optional(textSchema('Notes', 500)),
    },
    notARecord('session'),
  )
  .check(
    z.refine(
      (s) =>
        s.startedAt === undefined ||
        s.completedAt === undefined ||
        isAfter(s.completedAt, s.startedAt),
      {
        error: 'Finish time must be after the start time',
        path: ['completedAt'],
        when: whenFieldsValid('startedAt', 'completedAt'),
      },
    ),
  );

/** One exercise session on a given day. */
export type Session = z.infer<typeof sessionSchema>;

/** Validates a session; its day and times may not be in the future. */
export function checkSession(input: unknown, clock: Clock): Validation<Session> {
  return checkRecord(sessionSchema, input, clock, [
    { path: 'day', kind: 'day', message: "Session date can't be in the future" },
    { path: 'startedAt', kind: 'instant', message: "Start time can't be in the future" },
    { path: 'completedAt', kind: 'instant', message: "Finish time can't be in the future" },
  ]);
}

export const exerciseSetSchema = z.object(
  {
    ...recordMetaShape,
    sessionId: idSchema,
    exerciseId: idSchema,
    setNumber: wholeNumberSchema('Set number', 1, 20),
    reps: wholeNumberSchema('Reps', 0, 500),
    loadKg: z.optional(loadKgSchema),
    holdSeconds: z.optional(wholeNumberSchema('Hold', 0, 600, ' of seconds')),
    effort: z.enum(efforts, { error: 'Choose easy, moderate or hard' }),
    painDuring: painScoreSchema('Pain during the set'),
  },
  notARecord('exercise set'),
);

/** One performed set within a session. */
export type ExerciseSet = z.infer<typeof exerciseSetSchema>;

/** Validates a performed set (it has no times of its own besides its record meta). */
export function checkExerciseSet(input: unknown, clock: Clock): Validation<ExerciseSet> {
  return checkRecord(exerciseSetSchema, input, clock);
}
