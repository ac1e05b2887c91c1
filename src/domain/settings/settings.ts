import * as z from 'zod/mini';
import {
  idSchema,
  instantSchemaFor,
  notARecord,
  requiredTextSchema,
  revisionSchema,
} from '../common';
import { regions } from '../episodes';
import { checkRecord } from '../common';
import type { Clock, Validation } from '../common';

export const units = ['kg', 'lb'] as const;
export type Units = (typeof units)[number];
export const unitLabels: Record<Units, string> = { kg: 'Kilograms (kg)', lb: 'Pounds (lb)' };

export const themes = ['system', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];
export const themeLabels: Record<Theme, string> = {
  system: 'Same as my device',
  light: 'Light',
  dark: 'Dark',
};

export const onboardingStates = ['not-started', 'skipped', 'done'] as const;

/** The id of the single settings record. */
export const SETTINGS_ID = 'settings';

const timeOfDay = (label: string) =>
  z
    .string({ error: `${label} must be a time like 08:30` })
    .check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: `${label} must be a time like 08:30` }));

export const settingsSchema = z.object(
  {
    id: z.literal(SETTINGS_ID, { error: 'The settings id must be "settings"' }),
    createdAt: instantSchemaFor('Created time'),
    updatedAt: instantSchemaFor('Updated time'),
    revision: z.optional(revisionSchema),
    units: z.enum(units, { error: 'Choose kg or lb' }),
    weekStartsOn: z.literal([0, 1], { error: 'The week must start on Sunday (0) or Monday (1)' }),
    theme: z.enum(themes, { error: 'Choose system, light or dark' }),
    reminders: z.object(
      {
        checkinTime: z.optional(timeOfDay('Check-in reminder')),
        sessionTime: z.optional(timeOfDay('Session reminder')),
      },
      notARecord('reminder setting'),
    ),
    onboarding: z.enum(onboardingStates, {
      error: 'Onboarding must be not started, skipped or done',
    }),
    lastRegion: z.optional(z.enum(regions, { error: 'Choose a part of the back from the list' })),
    // When the last backup file was made; drives the reminder to back up (optional: older records lack it).
    lastBackupAt: z.optional(instantSchemaFor('Last backup time')),
    // Activities the person suspects set off their spasms, named at first use (catalogue or own ids).
    suspectedTriggers: z.optional(
      z
        .array(idSchema, { error: 'Suspected triggers must be a list' })
        .check(z.maxLength(20, { error: 'Choose at most 20 suspected triggers' })),
    ),
    // The number the safety check's emergency result calls (issue 20); when unset, the one for
    // the device's locale (docs/domain.md §3).
    emergencyNumber: z.optional(
      z
        .string({ error: 'The emergency number must be digits' })
        .check(z.regex(/^\+?\d{2,6}$/, { error: 'The emergency number must be 2 to 6 digits' })),
    ),
    hardActivities: z
      .array(requiredTextSchema('an activity', 80), { error: 'Hard activities must be a list' })
      .check(z.maxLength(5, { error: 'Choose at most 5 hard activities' })),
  },
  notARecord('settings record'),
);

/** The person's preferences; there is exactly one record, with id "settings". */
export type Settings = z.infer<typeof settingsSchema>;

/** Settings for a first run at instant `now`: kg, week from Monday, system theme, no reminders. */
export function defaultSettings(now: string): Settings {
  return {
    id: SETTINGS_ID,
    createdAt: now,
    updatedAt: now,
    units: 'kg',
    weekStartsOn: 1,
    theme: 'system',
    reminders: {},
    onboarding: 'not-started',
    hardActivities: [],
  };
}

/** Validates the settings record. */
export function checkSettings(input: unknown, clock: Clock): Validation<Settings> {
  return checkRecord(settingsSchema, input, clock);
}

/** Pounds in one kilogram. */
export const LB_PER_KG = 2.20462;

/** Converts kilograms to pounds exactly (no rounding): lbToKg(kgToLb(x)) === x up to float error. */
export function kgToLb(kg: number): number {
  return kg * LB_PER_KG;
}

/** Converts pounds to kilograms exactly (no rounding). */
export function lbToKg(lb: number): number {
  return lb / LB_PER_KG;
}

/** The smallest load step shown for each unit. */
export const loadStep: Record<Units, number> = { kg: 0.5, lb: 0.5 };

/**
 * Rounds a load already expressed in `units` to the nearest step (0.5 kg or 0.5 lb) for display;
 * halves round up, and the result is never -0.
 */
export function roundLoad(value: number, units: Units): number {
  const step = loadStep[units];
  const rounded = Math.round(value / step) * step;
  return rounded === 0 ? 0 : rounded;
}
