import * as z from 'zod/mini';
import {
  idSchema,
  instantSchemaFor,
  loadKgSchema,
  notARecord,
  painScoreSchema,
  recordMetaShape,
  textSchema,
  uniqueValues,
  whenFieldsValid,
} from '../common';
import { checkRecord, isAfter } from '../common';
import type { Clock, Validation } from '../common';

export const regions = ['lower-back', 'mid-back', 'upper-back', 'neck', 'other'] as const;
export type Region = (typeof regions)[number];
export const regionLabels: Record<Region, string> = {
  'lower-back': 'Lower back',
  'mid-back': 'Middle back',
  'upper-back': 'Upper back',
  neck: 'Neck',
  other: 'Somewhere else',
};

export const sides = ['left', 'right', 'both', 'middle'] as const;
export type Side = (typeof sides)[number];
export const sideLabels: Record<Side, string> = {
  left: 'Left side',
  right: 'Right side',
  both: 'Both sides',
  middle: 'In the middle',
};

export const movements = [
  'bending-forward',
  'bending-backward',
  'twisting',
  'lifting',
  'reaching',
  'sustained-sitting',
  'sustained-standing',
  'sudden-movement',
  'cough-sneeze',
  'not-sure',
] as const;
export type Movement = (typeof movements)[number];
export const movementLabels: Record<Movement, string> = {
  'bending-forward': 'Bending forward',
  'bending-backward': 'Bending backward',
  twisting: 'Twisting',
  lifting: 'Lifting',
  reaching: 'Reaching',
  'sustained-sitting': 'Sitting for a long time',
  'sustained-standing': 'Standing for a long time',
  'sudden-movement': 'A sudden movement',
  'cough-sneeze': 'Coughing or sneezing',
  'not-sure': 'Not sure',
};

export const easers = [
  'lying-down',
  'walking',
  'heat',
  'stretching',
  'medicine',
  'nothing',
] as const;
export type Easer = (typeof easers)[number];
export const easerLabels: Record<Easer, string> = {
  'lying-down': 'Lying down',
  walking: 'Walking',
  heat: 'Heat',
  stretching: 'Stretching or press-ups',
  medicine: 'Pain medicine',
  nothing: 'Nothing eased it',
};

export const episodeSchema = z
  .object(
    {
      ...recordMetaShape,
      startedAt: instantSchemaFor('Start time'),
      severity: painScoreSchema('Severity'),
      region: z.enum(regions, { error: 'Choose where in your back the spasm was' }),
      side: z.optional(z.enum(sides, { error: 'Choose left, right, both sides or the middle' })),
      activityId: z.optional(idSchema),
      movement: z.enum(movements, { error: 'Choose the movement you were making, or “Not sure”' }),
      loadKg: z.optional(loadKgSchema),
      endedAt: z.optional(instantSchemaFor('End time')),
      easedBy: z
        .array(z.enum(easers, { error: 'Choose what eased it from the list' }), {
          error: 'Choose what eased it from the list',
        })
        .check(
          uniqueValues('Each choice can only be picked once'),
          z.refine((values) => !values.includes('nothing') || values.length === 1, {
            error: "“Nothing eased it” can't be combined with other choices",
          }),
        ),
      couldMove: z.optional(z.boolean({ error: 'Answer yes or no: could you still move?' })),
      notes: z.optional(textSchema('Notes', 1000)),
    },
    notARecord('spasm record'),
  )
  .check(
    // Equal times are allowed: a cramp can start and ease within the minute the form records.
    z.refine((e) => e.endedAt === undefined || !isAfter(e.startedAt, e.endedAt), {
      error: "End time can't be before the start time",
      path: ['endedAt'],
      when: whenFieldsValid('startedAt', 'endedAt'),
    }),
  );

/** A recorded back spasm. */
export type Episode = z.infer<typeof episodeSchema>;

export type SeverityBand = 'none' | 'mild' | 'moderate' | 'severe';

/** Band of a 0-10 severity: 0 none, 1-3 mild, 4-6 moderate, 7-10 severe (values between round down). */
export function severityBand(severity: number): SeverityBand {
  if (severity < 1) return 'none';
  if (severity < 4) return 'mild';
  if (severity < 7) return 'moderate';
  return 'severe';
}

/** Validates an episode; start and end times may not be more than a minute after `clock.now`. */
export function checkEpisode(input: unknown, clock: Clock): Validation<Episode> {
  return checkRecord(episodeSchema, input, clock, [
    { path: 'startedAt', kind: 'instant', message: "Start time can't be in the future" },
    { path: 'endedAt', kind: 'instant', message: "End time can't be in the future" },
  ]);
}
