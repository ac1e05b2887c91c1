import * as z from 'zod/mini';
import { units, type Units } from '../settings';

/**
 * The weights a person owns (docs/domain.md §5b rule 5), as they would name them, in their own
 * units: a pair of 10 kg dumbbells is 10, a 35 lb kettlebell is 35. Every load the plan sets comes
 * from this grid and none is above its heaviest (docs/domain.md §5b rule 6). Absent parts are not owned.
 */
const weightError = (label: string, u = '') =>
  `${label} must be a number above 0 and at most 500${u}`;
const weightSchema = (label: string) =>
  z
    .number({ error: weightError(label) })
    .check(
      z.gt(0, { error: weightError(label) }),
      z.maximum(1100, { error: `${label} must be 1,100 or less` }),
    );

export const fixedDumbbellsSchema = z.object({
  kind: z.literal('fixed'),
  /** Each pair's weight (one dumbbell), lightest first. */
  weights: z
    .array(weightSchema('A dumbbell weight'), { error: 'Dumbbell weights must be a list' })
    .check(
      z.minLength(1, { error: 'Enter at least one dumbbell weight' }),
      z.maxLength(40, { error: 'List at most 40 dumbbell weights' }),
    ),
});

export const adjustableDumbbellsSchema = z
  .object({
    kind: z.literal('adjustable'),
    /** The lightest setting (the handle alone, or the dial's first step). */
    lightest: weightSchema('The lightest setting'),
    /** How much one turn of the dial (or one pair of the smallest plates) adds. */
    increment: weightSchema('The increment'),
    heaviest: weightSchema('The heaviest setting'),
  })
  .check(
    z.refine((d) => d.heaviest >= d.lightest, {
      error: 'The heaviest setting must be at least the lightest',
      path: ['heaviest'],
    }),
    z.refine((d) => (d.heaviest - d.lightest) / d.increment <= 200, {
      error: 'The increment is too small for that range (at most 200 settings)',
      path: ['increment'],
    }),
  );

export const barbellSchema = z
  .object({
    /** The empty bar. */
    bar: weightSchema('The bar'),
    /** One of the smallest plates (they go on in pairs, so a step is twice this). */
    smallestPlate: weightSchema('The smallest plate'),
    /** The bar with every plate owned on it. */
    heaviest: weightSchema('The heaviest load'),
  })
  .check(
    z.refine((b) => b.heaviest >= b.bar, {
      error: 'The heaviest load must be at least the bar',
      path: ['heaviest'],
    }),
    z.refine((b) => (b.heaviest - b.bar) / (2 * b.smallestPlate) <= 400, {
      error: 'The smallest plate is too small for that range',
      path: ['smallestPlate'],
    }),
  );

export const ownedEquipmentSchema = z.object({
  units: z.enum(units, { error: 'Choose kg or lb' }),
  dumbbells: z.optional(z.union([fixedDumbbellsSchema, adjustableDumbbellsSchema])),
  kettlebells: z.optional(
    z
      .array(weightSchema('A kettlebell weight'), { error: 'Kettlebells must be a list' })
      .check(
        z.minLength(1, { error: 'Enter at least one kettlebell weight' }),
        z.maxLength(20, { error: 'List at most 20 kettlebells' }),
      ),
  ),
  barbell: z.optional(barbellSchema),
  /** The lightest add-on owned (fractional or magnetic plates), added to a dumbbell or the bar. */
  microload: z.optional(weightSchema('The microload')),
  /** How many band strengths, lightest to heaviest. */
  bandLevels: z.optional(
    z
      .int({ error: 'Band levels must be a whole number from 1 to 10' })
      .check(
        z.minimum(1, { error: 'Band levels must be a whole number from 1 to 10' }),
        z.maximum(10, { error: 'Band levels must be a whole number from 1 to 10' }),
      ),
  ),
});

export type OwnedEquipment = z.infer<typeof ownedEquipmentSchema>;
export type OwnedDumbbells = NonNullable<OwnedEquipment['dumbbells']>;
export type OwnedBarbell = NonNullable<OwnedEquipment['barbell']>;

/**
 * Sensible defaults for the setup form, per unit (design choice: what a small home set holds):
 * an adjustable dumbbell, three kettlebells, a standard bar with the smallest common plates.
 */
export const defaultDumbbells: Record<Units, OwnedDumbbells> = {
  kg: { kind: 'adjustable', lightest: 2, increment: 2, heaviest: 24 },
  lb: { kind: 'adjustable', lightest: 5, increment: 5, heaviest: 50 },
};
export const defaultKettlebells: Record<Units, number[]> = { kg: [8, 12, 16], lb: [15, 25, 35] };
export const defaultBarbell: Record<Units, OwnedBarbell> = {
  kg: { bar: 20, smallestPlate: 1.25, heaviest: 100 },
  lb: { bar: 45, smallestPlate: 2.5, heaviest: 225 },
};
export const defaultBandLevels = 3;
